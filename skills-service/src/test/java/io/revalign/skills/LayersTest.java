package io.revalign.skills;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.revalign.common.testing.Layers;

/** skills-service's dependencies point down (api → service → repository → domain) and its domain is framework-free. */
@AnalyzeClasses(packages = "io.revalign.skills", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchTests LAYERS = ArchTests.in(Layers.class);
}
