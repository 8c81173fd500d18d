package io.conduit;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries honest: a module may use only another module's published (base
 * package) types, dependencies may not form cycles. Also writes the module diagrams into docs/modules,
 * so that the documentation is regenerated from the code on every build.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ConduitApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
