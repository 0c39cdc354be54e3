package com.necpgame.economy.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.WalletService;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.model.CurrencyDto;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getWallet, listLedgerEntries, listInventoryItems: owner only. */
public final class WalletsResource extends WalletsService {
    private final WalletService wallets;
    private final CharacterDirectory characters;
    private final LedgerMapper mapper = LedgerMapper.INSTANCE;

    public WalletsResource(WalletService wallets, CharacterDirectory characters) {
        this.wallets = wallets;
        this.characters = characters;
    }

    @Override
    protected void handleGetWallet(ServerRequest request, ServerResponse response, UUID characterId) {
        characters.requireOwned(PlayerCaller.require(request).accountId(), characterId);
        GetWalletOp.Response200.builder().response(mapper.wallet(wallets.wallet(characterId))).send(response);
    }

    @Override
    protected void handleListLedgerEntries(ServerRequest request, ServerResponse response, UUID characterId,
                                           Optional<CurrencyDto> currency, Optional<Integer> page,
                                           Optional<Integer> limit) {
        characters.requireOwned(PlayerCaller.require(request).accountId(), characterId);
        var entries = wallets.ledger(characterId, currency.map(c -> Currency.valueOf(c.name())).orElse(null),
                PageRequest.of(page, limit));
        ListLedgerEntriesOp.Response200.builder().response(mapper.entryPage(entries)).send(response);
    }

    @Override
    protected void handleListInventoryItems(ServerRequest request, ServerResponse response, UUID characterId,
                                            Optional<Integer> page, Optional<Integer> limit) {
        characters.requireOwned(PlayerCaller.require(request).accountId(), characterId);
        ListInventoryItemsOp.Response200.builder()
                .response(mapper.itemPage(wallets.inventory(characterId, PageRequest.of(page, limit))))
                .send(response);
    }
}
