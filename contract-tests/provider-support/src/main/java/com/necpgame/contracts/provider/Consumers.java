package com.necpgame.contracts.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import org.apache.hc.core5.http.HttpRequest;

/** Who a pact's consumer is, as far as a provider's verification needs to know. */
public final class Consumers {

    /** The consumer of the pacts for the operators' console (the operations marked {@code x-necp-operator}). */
    public static final String OPS_CONSOLE = "ops-console";

    private Consumers() {
    }

    /**
     * Whether the consumer authenticates with client credentials, so the provider presents a real service token
     * in its name: the services and the operators' console. The game client presents its player's access token,
     * which the provider state put in the request ({@code headerFromProviderState}).
     */
    public static boolean presentsServiceToken(String consumer) {
        return consumer.endsWith("-service") || OPS_CONSOLE.equals(consumer);
    }

    /**
     * Whether the provider replaces the pact's example bearer token of {@code request} with a real service token:
     * the consumer presents one ({@link #presentsServiceToken(String)}) and the interaction sends one at all (a
     * public operation, such as auth's key set, goes without).
     */
    public static boolean presentsServiceToken(PactVerificationContext context, HttpRequest request) {
        return presentsServiceToken(context.getConsumer().getName()) && request.containsHeader("Authorization");
    }
}
