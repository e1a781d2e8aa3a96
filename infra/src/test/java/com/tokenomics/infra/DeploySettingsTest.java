package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploySettingsTest {

    private static DeploySettings read(Map<String, Object> context) {
        return DeploySettings.fromContext(context::get);
    }

    @Test
    void shouldDefaultToNativeWithTheApplicationsZip() {
        DeploySettings settings = read(Map.of());
        assertEquals(FunctionRuntime.NATIVE, settings.runtime());
        assertEquals("../target/function.zip", settings.zipPath());
    }

    @Test
    void shouldDefaultToTenSecondsAnd50PerSecondWithBurst100() {
        DeploySettings settings = read(Map.of());
        assertEquals(10, settings.timeoutSeconds());
        assertEquals(50.0, settings.throttleRatePerSecond());
        assertEquals(100, settings.throttleBurst());
    }

    @Test
    void shouldDefaultNativeMemoryTo512MiB() {
        assertEquals(512, read(Map.of("runtime", "native")).memoryMiB());
    }

    @Test
    void shouldDefaultJvmMemoryTo1024MiB() {
        assertEquals(1024, read(Map.of("runtime", "JVM")).memoryMiB());
    }

    @Test
    void shouldHaveNoSecretArnOrDomainByDefault() {
        DeploySettings settings = read(Map.of());
        assertEquals(Optional.empty(), settings.slackSecretArn());
        assertEquals(Optional.empty(), settings.domainName());
    }

    @Test
    void shouldReadNumbersGivenAsCommandLineText() {
        assertEquals(1536, read(Map.of("memoryMiB", "1536")).memoryMiB());
    }

    @Test
    void shouldReadWholeNumbersThatCdkJsonGivesAsDoubles() {
        assertEquals(768, read(Map.of("memoryMiB", 768.0)).memoryMiB());
    }

    @Test
    void shouldReadFractionalThrottleRate() {
        assertEquals(2.5, read(Map.of("throttleRatePerSecond", "2.5")).throttleRatePerSecond());
    }

    @Test
    void shouldTreatBlankValuesAsNotGiven() {
        assertEquals(Optional.empty(), read(Map.of("slackSecretArn", "  ")).slackSecretArn());
    }

    @Test
    void shouldRejectUnknownRuntime() {
        var error = assertThrows(IllegalArgumentException.class, () -> read(Map.of("runtime", "python")));
        assertTrue(error.getMessage().contains("'native' or 'jvm'"), error.getMessage());
    }

    @Test
    void shouldRejectTimeoutBeyondApiGatewaysThirtySeconds() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("timeoutSeconds", "31")));
    }

    @Test
    void shouldRejectMemoryBelowLambdasMinimum() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("memoryMiB", "64")));
    }

    @Test
    void shouldRejectFractionalMemory() {
        var error = assertThrows(IllegalArgumentException.class, () -> read(Map.of("memoryMiB", "512.5")));
        assertTrue(error.getMessage().contains("whole number"), error.getMessage());
    }

    @Test
    void shouldRejectTextWhereANumberIsExpected() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("throttleBurst", "many")));
    }

    @Test
    void shouldRejectNonPositiveThrottleRate() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("throttleRatePerSecond", "0")));
    }

    @Test
    void shouldRejectDomainWithoutCertificate() {
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("domainName", "tokenomics.example.com")));
    }
}
