package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.SkyframeAcademyApi;
import com.necpgame.gameplay.client.model.CertificationStatus;
import com.necpgame.gameplay.client.model.DeliveryStatus;
import com.necpgame.gameplay.client.model.SkyframeCertification;
import com.necpgame.gameplay.client.model.SkyframeCertificationPage;
import com.necpgame.gameplay.client.model.SkyframeMission;
import com.necpgame.gameplay.client.model.SkyframeMissionSubmission;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.ACCOUNT_ID;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.LOOKING;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.SIEGE;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.UUID_REGEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses gameplay-service's Skyframe Academy: a pilot starts a certification (three missions in
 * order within 20 minutes; a later one first is refused), lists and opens its certifications, and submits the
 * first mission's result, scored {@code floor(60000 * accuracy + 400 * hullIntegrity)} (0.9 and 95: 92000, pinned
 * by value). The certification id is the provider state's; the state started it two seconds before, so a
 * one-second mission is plausible.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayAcademyContractTest.PROVIDER)
class GameplayAcademyContractTest {

    static final String PROVIDER = "gameplay-service";

    private static final String CERTIFICATIONS = SIEGE + "/certifications";
    private static final String CERTIFICATION_PATH = CERTIFICATIONS + "/${certificationId}";
    private static final String CERTIFICATION_ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    private static final String STARTED = "a pilot started a Skyframe Academy certification";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startSkyframeCertification(PactDslWithProvider builder) {
        return builder
                .given(LOOKING)
                .uponReceiving("a game client starts a Skyframe Academy certification")
                .method("POST")
                .path(CERTIFICATIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(started(new PactDslJsonBody().stringMatcher("certificationId", UUID_REGEX, CERTIFICATION_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startSkyframeCertification")
    void aCertificationStartsWithFlightCalibrationAndTwentyMinutes(MockServer gameplay) throws ApiException {
        SkyframeCertification certification = academy(gameplay).startSkyframeCertification();

        assertThat(certification.getCertificationId()).isNotNull();
        assertThat(certification.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.IN_PROGRESS);
        assertThat(certification.getMissions()).isEmpty();
        assertThat(certification.getNextMission()).isEqualTo(SkyframeMission.FLIGHT_CALIBRATION);
        assertThat(Duration.between(certification.getStartedAt(), certification.getDeadline()))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(certification.getCredentialSync()).isEqualTo(DeliveryStatus.NOT_REQUIRED);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listSkyframeCertifications(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minMaxArrayLike("items", 1, 1, started(certificationFromState()), 1);
        return builder
                .given(STARTED)
                .uponReceiving("a game client lists its pilot's Skyframe Academy certifications")
                .method("GET")
                .path(CERTIFICATIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listSkyframeCertifications")
    void thePilotsCertificationIsListed(MockServer gameplay) throws ApiException {
        SkyframeCertificationPage page = academy(gameplay).listSkyframeCertifications(null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(c -> {
            assertThat(c.getCertificationId()).isEqualTo(UUID.fromString(CERTIFICATION_ID));
            assertThat(c.getStatus()).isEqualTo(CertificationStatus.IN_PROGRESS);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getSkyframeCertification(PactDslWithProvider builder) {
        return builder
                .given(STARTED)
                .uponReceiving("a game client opens its pilot's Skyframe Academy certification")
                .method("GET")
                .pathFromProviderState(CERTIFICATION_PATH, certificationPath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(started(certificationFromState()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getSkyframeCertification")
    void theCertificationWaitsForItsFirstMission(MockServer gameplay) throws ApiException {
        SkyframeCertification certification = academy(gameplay).getSkyframeCertification(
                UUID.fromString(CERTIFICATION_ID));

        assertThat(certification.getCertificationId()).isEqualTo(UUID.fromString(CERTIFICATION_ID));
        assertThat(certification.getNextMission()).isEqualTo(SkyframeMission.FLIGHT_CALIBRATION);
        assertThat(certification.getTier()).isNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact submitSkyframeMission(PactDslWithProvider builder) {
        PactDslJsonBody certification = certificationFromState()
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .stringValue("status", "IN_PROGRESS")
                .stringValue("nextMission", "SYNC_HARMONICS")
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("deadline", GameClients.RFC3339, "2026-11-27T12:20:00Z")
                .stringValue("credentialSync", "NOT_REQUIRED");
        certification.minMaxArrayLike("missions", 1, 1, new PactDslJsonBody()
                .stringValue("mission", "FLIGHT_CALIBRATION")
                .decimalType("accuracy", 0.9)
                .numberValue("hullIntegrity", 95)
                .numberValue("completionSeconds", 1)
                .numberValue("score", 92000)
                .stringMatcher("submittedAt", GameClients.RFC3339, "2026-11-27T12:00:02Z"), 1);
        return builder
                .given(STARTED)
                .uponReceiving("a game client submits the Flight Calibration result of the certification")
                .method("POST")
                .pathFromProviderState(CERTIFICATION_PATH + "/missions", certificationPath("/missions"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("mission", "FLIGHT_CALIBRATION")
                        .decimalType("accuracy", 0.9)
                        .numberValue("hullIntegrity", 95)
                        .numberValue("completionSeconds", 1))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(certification)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "submitSkyframeMission")
    void aMissionIsScoredFromAccuracyAndHull(MockServer gameplay) throws ApiException {
        SkyframeCertification certification = academy(gameplay).submitSkyframeMission(
                UUID.fromString(CERTIFICATION_ID), new SkyframeMissionSubmission()
                        .mission(SkyframeMission.FLIGHT_CALIBRATION).accuracy(0.9).hullIntegrity(95)
                        .completionSeconds(1));

        assertThat(certification.getMissions()).singleElement().satisfies(m -> {
            assertThat(m.getMission()).isEqualTo(SkyframeMission.FLIGHT_CALIBRATION);
            assertThat(m.getScore()).isEqualTo(92000);
        });
        assertThat(certification.getNextMission()).isEqualTo(SkyframeMission.SYNC_HARMONICS);
        assertThat(certification.getStatus()).isEqualTo(CertificationStatus.IN_PROGRESS);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact submitSkyframeMissionOutOfOrder(PactDslWithProvider builder) {
        return builder
                .given(STARTED)
                .uponReceiving("a game client submits the Sync Harmonics result before Flight Calibration")
                .method("POST")
                .pathFromProviderState(CERTIFICATION_PATH + "/missions", certificationPath("/missions"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("mission", "SYNC_HARMONICS")
                        .decimalType("accuracy", 0.8)
                        .numberValue("hullIntegrity", 80)
                        .numberValue("completionSeconds", 1))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "MISSION_OUT_OF_ORDER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "submitSkyframeMissionOutOfOrder")
    void missionsGoInOrder(MockServer gameplay) {
        SkyframeAcademyApi api = academy(gameplay);

        assertThatThrownBy(() -> api.submitSkyframeMission(UUID.fromString(CERTIFICATION_ID),
                new SkyframeMissionSubmission().mission(SkyframeMission.SYNC_HARMONICS).accuracy(0.8)
                        .hullIntegrity(80).completionSeconds(1)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("MISSION_OUT_OF_ORDER");
                });
    }

    private static SkyframeAcademyApi academy(MockServer gameplay) {
        return new SkyframeAcademyApi(GameClients.gameplay(gameplay));
    }

    private static PactDslJsonBody certificationFromState() {
        return new PactDslJsonBody().valueFromProviderState("certificationId", "${certificationId}",
                CERTIFICATION_ID);
    }

    /** A certification of the provider state's pilot, just started: no mission yet, Flight Calibration next. */
    private static PactDslJsonBody started(PactDslJsonBody certification) {
        certification.valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .stringValue("status", "IN_PROGRESS")
                .stringValue("nextMission", "FLIGHT_CALIBRATION")
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("deadline", GameClients.RFC3339, "2026-11-27T12:20:00Z")
                .stringValue("credentialSync", "NOT_REQUIRED")
                .array("missions").closeArray();
        return certification;
    }

    private static String certificationPath(String suffix) {
        return CERTIFICATIONS + "/" + CERTIFICATION_ID + suffix;
    }
}
