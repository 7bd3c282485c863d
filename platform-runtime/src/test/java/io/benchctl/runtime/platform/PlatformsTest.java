package io.benchctl.runtime.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformsTest {

    @ParameterizedTest(name = "os.name {0} gets the {1} layer")
    @CsvSource({
        "Linux, linux",
        "Mac OS X, macos",
        "Darwin, macos",
        "Windows 11, portable",
        "Windows Server 2022, portable",
        "FreeBSD, portable",
        "SunOS, portable"
    })
    void eachOsGetsItsLayerByDefault(String osName, String layer) {
        assertEquals(layer, Platforms.defaultName(osName));
        assertEquals(layer, Platforms.select(null, osName).name());
    }

    @ParameterizedTest(name = "{0} asked for on {1}")
    @CsvSource({"portable, Linux", "PORTABLE, Mac OS X", "macos, Linux", "linux, Windows 11"})
    void aLayerAskedForByNameIsChosenWhateverTheOs(String requested, String osName) {
        assertEquals(
                requested.toLowerCase(java.util.Locale.ROOT),
                Platforms.select(requested, osName).name());
    }

    @Test
    void anUnknownNameIsAUsageErrorThatListsTheNames() {
        var error = assertThrows(Platforms.UnknownPlatformException.class, () -> Platforms.select("windows", "Linux"));
        assertEquals(
                "unknown platform layer 'windows' (-Dbenchctl.platform or BENCHCTL_PLATFORM): use one of linux,"
                        + " portable, macos",
                error.getMessage());
    }

    @Test
    void theCheckReadsThePropertyWithoutBuildingALayer() {
        String before = System.getProperty(Platforms.PROPERTY);
        try {
            System.setProperty(Platforms.PROPERTY, "solaris");
            assertThrows(Platforms.UnknownPlatformException.class, Platforms::checkRequested);
            System.setProperty(Platforms.PROPERTY, "Portable");
            Platforms.checkRequested();
        } finally {
            if (before == null) {
                System.clearProperty(Platforms.PROPERTY);
            } else {
                System.setProperty(Platforms.PROPERTY, before);
            }
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheLinuxLayerRunsByDefault() {
        assertTrue(System.getProperty(Platforms.PROPERTY) == null && System.getenv(Platforms.ENVIRONMENT) == null);
        assertEquals("linux", Platforms.current().name());
    }
}
