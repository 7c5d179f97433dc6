package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgUnitTest {

    @Test
    void aPlantIsDeletedOnlyWhenNothingHangsOnItAndTheRefusalSaysWhat() {
        OrgUnit plant = OrgUnit.create("pl", "g", "e", OrgUnitKind.PLANT, null, "一厂区");
        assertThatThrownBy(() -> plant.delete(new OrgUnit.OrgUsage(2, 0, 0, 5)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("org-unit-in-use");
                    assertThat(e.getMessage()).contains("2 plant(s) / area(s) / department(s)", "5 risk analysis unit(s)")
                            .doesNotContain("post");
                });
        OrgUnit deleted = plant.delete(new OrgUnit.OrgUsage(0, 0, 0, 0));
        assertThat(deleted.changed().deleted()).isTrue();
        assertThat(deleted.version()).isEqualTo(2);
    }

    @Test
    void aPostHeldByPeopleStays() {
        Post post = Post.create("p", "g", "e", "d", "储罐操作工");
        assertThatThrownBy(() -> post.delete(1))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("post-held"));
        assertThat(post.update("d2", " 装卸操作工 ").changed().name()).isEqualTo("装卸操作工");
    }
}
