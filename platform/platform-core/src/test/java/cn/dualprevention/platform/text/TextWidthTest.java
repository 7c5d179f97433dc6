package cn.dualprevention.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextWidthTest {

    @Test
    void chineseCharactersCountTwice() {
        assertThat(TextWidth.of("LNG储罐区")).isEqualTo(3 + 3 * 2);
        assertThat(TextWidth.of("张三")).isEqualTo(4);
        assertThat(TextWidth.of("")).isZero();
        assertThat(TextWidth.of(null)).isZero();
    }

    @Test
    void aTwentyWideLimitHoldsTenChineseCharacters() {
        assertThat(TextWidth.fits("一二三四五六七八九十", 20)).isTrue();
        assertThat(TextWidth.fits("一二三四五六七八九十a", 20)).isFalse();
    }
}
