package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.DomainRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.dualprevention.inspection", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.domainIsPlainJava();

    @ArchTest
    static final ArchRule webGoesThroughApplication = DomainRules.webDoesNotUseInfrastructure();
}
