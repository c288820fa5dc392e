package io.threeds.gateway.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;

/**
 * The web module's package graph (DESIGN.md): its packages import each other in one direction only, and
 * they know providers only through the provider SPI, never a provider's own package.
 */
@AnalyzeClasses(packages = "io.threeds.gateway.web",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.OwnClasses.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.threeds.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noProviderPackages = noClasses().should().dependOnClassesThat(
                    DescribedPredicate.<JavaClass>describe("reside in a provider's own package (provider.<id>..)",
                            type -> type.getPackageName().startsWith("io.threeds.gateway.provider.")))
            .because("the hosted page and the API render every provider alike, from what the provider SPI gives");

    /** This module's own classes, not those of the modules it depends on (checked in their own build). */
    static final class OwnClasses implements ImportOption {
        private static final Path OWN = Path.of("target", "classes").toAbsolutePath();

        @Override
        public boolean includes(Location location) {
            return "file".equals(location.asURI().getScheme()) && Path.of(location.asURI()).startsWith(OWN);
        }
    }
}
