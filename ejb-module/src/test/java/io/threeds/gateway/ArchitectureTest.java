package io.threeds.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The EJB module's package graph (DESIGN.md): packages import each other in one direction only, and
 * JAX-RS stays at the edge to the providers, in the MicroProfile REST client interfaces and the
 * client-side providers registered on them; nothing else in the module knows JAX-RS types.
 */
@AnalyzeClasses(packages = "io.threeds.gateway",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.OwnClasses.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.threeds.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule jaxRsOnlyInRestClients = noClasses().that(are(not(restClientSide())))
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("only the REST client interfaces and their client-side providers speak JAX-RS (DESIGN.md)");

    private static DescribedPredicate<JavaClass> restClientSide() {
        List<Class<?>> clientSideProviders = List.of(ResponseExceptionMapper.class, ClientRequestFilter.class,
                ClientResponseFilter.class, MessageBodyReader.class, MessageBodyWriter.class);
        return DescribedPredicate.describe("REST client interfaces or their client-side providers",
                type -> type.isAnnotatedWith(RegisterRestClient.class)
                        || clientSideProviders.stream().anyMatch(type::isAssignableTo));
    }

    /** This module's own classes, not those of the modules it depends on (checked in their own build). */
    static final class OwnClasses implements ImportOption {
        private static final Path OWN = Path.of("target", "classes").toAbsolutePath();

        @Override
        public boolean includes(Location location) {
            return "file".equals(location.asURI().getScheme()) && Path.of(location.asURI()).startsWith(OWN);
        }
    }
}
