package com.necpgame.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import org.junit.jupiter.api.Test;

/**
 * economy-service's ledger gauges, which the alert NecpLedgerInvariantBroken and the dashboards read, report what the
 * operator's own check (checkLedgerInvariant) reports: balanced books with the wallets' totals after a real grant,
 * and broken books after a wallet is changed behind the ledger's back.
 */
class LedgerMetricsTest {
    private static final String ECONOMY = "service=\"economy-service\"";

    @Test
    void theLedgerGaugesFollowTheOperatorsInvariantCheck() throws Exception {
        try (RealServices services = new RealServices()) {
            PrometheusText fresh = services.metrics(services.economy);
            assertThat(fresh.value("necp_economy_ledger_balanced", ECONOMY)).isEqualTo(1.0);
            assertThat(fresh.value("necp_economy_wallets_escrowed", ECONOMY, "currency=\"EDDIES\"")).isZero();

            UUID character = services.newCharacter();
            var grant = services.send(HttpRequest.newBuilder(
                            URI.create(services.economy.baseUrl() + "/api/v1/economy/operations/grants"))
                    .header("Authorization", "Bearer " + services.tokens.service("ops-console"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"characterId":"%s","currencies":[{"currency":"EDDIES","amount":5000},\
                            {"currency":"NEON_MERIT","amount":70}]}""".formatted(character))).build());
            assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);

            PrometheusText granted = services.metrics(services.economy);
            assertThat(granted.value("necp_economy_ledger_balanced", ECONOMY)).isEqualTo(1.0);
            assertThat(granted.value("necp_economy_wallets_available", ECONOMY, "currency=\"EDDIES\"")).isEqualTo(5000.0);
            assertThat(granted.value("necp_economy_wallets_available", ECONOMY, "currency=\"NEON_MERIT\"")).isEqualTo(70.0);
            assertThat(granted.value("necp_economy_ledger_imbalance", ECONOMY, "currency=\"EDDIES\"")).isZero();
            assertThat(granted.value("necp_economy_ledger_wallets_out_of_line", ECONOMY)).isZero();
            assertThat(granted.value("necp_economy_ledger_checked_timestamp_seconds", ECONOMY))
                    .isCloseTo(System.currentTimeMillis() / 1000.0, org.assertj.core.data.Offset.offset(60.0));

            // 1 eddie appears in a wallet without a ledger entry: what the alert is there to catch.
            Transactions.inTransaction(services.economy.context().db(), tx -> tx.createUpdate(
                    "UPDATE balances SET available = available + 1 WHERE currency = 'EDDIES'").execute());

            PrometheusText broken = services.metrics(services.economy);
            assertThat(broken.value("necp_economy_ledger_balanced", ECONOMY)).isZero();
            assertThat(broken.value("necp_economy_ledger_wallets_out_of_line", ECONOMY)).isEqualTo(1.0);
            assertThat(broken.value("necp_economy_ledger_imbalance", ECONOMY, "currency=\"EDDIES\"")).isEqualTo(1.0);
            assertThat(broken.value("necp_economy_ledger_imbalance", ECONOMY, "currency=\"NEON_MERIT\"")).isZero();

            var check = services.send(HttpRequest.newBuilder(
                            URI.create(services.economy.baseUrl() + "/api/v1/economy/operations/invariant"))
                    .header("Authorization", "Bearer " + services.tokens.service("ops-console")).build());
            assertThat(check.statusCode()).isEqualTo(200);
            assertThat(check.body()).as("the operator's check agrees").contains("\"balanced\":false");
        }
    }
}
