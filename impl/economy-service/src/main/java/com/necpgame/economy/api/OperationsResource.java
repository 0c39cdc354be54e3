package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.economy.grants.GrantService;
import com.necpgame.economy.ledger.WalletService;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.model.OperatorGrantDto;
import com.necpgame.economy.model.OperatorGrantRequestDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.security.Caller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** grantOperatorFunds and checkLedgerInvariant; the platform admits only the operations console. */
public final class OperationsResource extends OperationsService {
    private final GrantService grants;
    private final WalletService wallets;
    private final StoredJson replies;
    private final LedgerMapper mapper = LedgerMapper.INSTANCE;

    public OperationsResource(GrantService grants, WalletService wallets, StoredJson replies) {
        this.grants = grants;
        this.wallets = wallets;
        this.replies = replies;
    }

    @Override
    protected void handleCheckLedgerInvariant(ServerRequest request, ServerResponse response) {
        CheckLedgerInvariantOp.Response200.builder().response(mapper.invariant(wallets.invariant())).send(response);
    }

    @Override
    protected void handleGrantOperatorFunds(ServerRequest request, ServerResponse response, String idempotencyKey,
                                            OperatorGrantRequestDto body) {
        StoredResponse stored = grants.grantOperatorFunds(Caller.require(request).subject(), idempotencyKey,
                StoredJson.body(request), body.getCharacterId(), mapper.currencyAmounts(body.getCurrencies()),
                mapper.stacks(body.getItemStacks()), body.getNote(),
                grant -> replies.write(mapper.operatorGrant(grant)));
        GrantOperatorFundsOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), OperatorGrantDto.class)).send(response);
    }
}
