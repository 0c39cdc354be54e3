package com.necpgame.character.character;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The rules of characters: the 5-live limit, unique names, soft delete and the 30-day restore window, point
 * spending, the location rate limit, and the owner check on every operation of a player.
 */
public final class CharacterService {
    /** A player records a character's location at most once per second. */
    static final Duration LOCATION_INTERVAL = Duration.ofSeconds(1);

    private final DbClient db;
    private final CharacterRepository characters;
    private final Catalogue catalogue;
    private final IdempotencyStore idempotency;
    private final Clock clock;

    public CharacterService(DbClient db, CharacterRepository characters, Catalogue catalogue,
                            IdempotencyStore idempotency, Clock clock) {
        this.db = db;
        this.characters = characters;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Creates a live character: 422 for a point buy that does not sum to 50 or an unknown faction or city, 403
     * {@code CHARACTER_LIMIT_REACHED} past 5 live characters, 409 {@code CHARACTER_NAME_TAKEN}.
     */
    public Character create(UUID accountId, NewCharacter request) {
        Attributes attributes = request.attributes().orElse(Attributes.DEFAULT);
        request.attributes().flatMap(Attributes::startingDistributionProblem).ifPresent(problem -> {
            throw ProblemException.unprocessable("INVALID_ATTRIBUTE_DISTRIBUTION", problem);
        });
        catalogue.requireFaction(request.faction());
        Catalogue.StartLocation start = catalogue.requireCity(request.city());
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            characters.lockAccount(tx, accountId);
            CharacterLimit.requireRoomForOneMore(characters.countLive(tx, accountId));
            characters.purgeExpiredHolderOf(tx, request.name(), now);
            if (!characters.insert(tx, id, accountId, request, attributes, start,
                    catalogue.startingSkills(request.characterClass()), now)) {
                throw nameTaken(request.name());
            }
            return characters.find(tx, id).orElseThrow();
        });
    }

    /** The account's characters, oldest first; restorable deleted ones too when {@code includeDeleted}. */
    public Page<Character> list(UUID accountId, boolean includeDeleted, PageRequest page) {
        Instant now = clock.instant();
        DbExecute read = db.execute();
        return new Page<>(characters.listByAccount(read, accountId, includeDeleted, now, page), page,
                characters.countByAccount(read, accountId, includeDeleted, now));
    }

    /** A character of the caller, live or restorable. */
    public Character get(UUID accountId, UUID id) {
        return owned(characters.find(db.execute(), id), accountId);
    }

    /** Renames it, or changes its faction or home city; a live character only. */
    public Character update(UUID accountId, UUID id, ProfileChange change) {
        change.faction().ifPresent(catalogue::requireFaction);
        change.city().ifPresent(catalogue::requireCity);
        try {
            return Transactions.inTransaction(db, tx -> {
                Character character = live(owned(characters.lock(tx, id), accountId));
                String name = change.name().orElse(character.name());
                if (!name.equalsIgnoreCase(character.name())) {
                    characters.purgeExpiredHolderOf(tx, name, clock.instant());
                }
                characters.updateProfile(tx, id, name, change.faction().orElse(character.faction()),
                        change.city().orElse(character.city()));
                return characters.find(tx, id).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw nameTaken(change.name().orElse(""));
            }
            throw e;
        }
    }

    /** Soft-deletes a live character: it no longer counts toward the limit and is restorable for 30 days. */
    public Character delete(UUID accountId, UUID id) {
        return Transactions.inTransaction(db, tx -> {
            live(owned(characters.lock(tx, id), accountId));
            characters.setDeletedAt(tx, id, Optional.of(clock.instant()));
            return characters.find(tx, id).orElseThrow();
        });
    }

    /** Brings back a deleted character within its window, if the account has room for one more live one. */
    public Character restore(UUID accountId, UUID id) {
        return Transactions.inTransaction(db, tx -> {
            characters.lockAccount(tx, accountId);
            Character character = owned(characters.lock(tx, id), accountId);
            if (!character.deleted()) {
                throw ProblemException.conflict("CHARACTER_NOT_DELETED", "This character is not deleted.");
            }
            CharacterLimit.requireRoomForOneMore(characters.countLive(tx, accountId));
            characters.setDeletedAt(tx, id, Optional.empty());
            return characters.find(tx, id).orElseThrow();
        });
    }

    /**
     * Spends unspent attribute points once per {@code Idempotency-Key}: a retry gets the first answer, rendered
     * by {@code render}, and spends nothing again.
     */
    public StoredResponse allocate(UUID accountId, UUID id, Attributes delta, String idempotencyKey,
                                   byte[] requestBody, Function<Character, String> render) {
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(),
                "allocateAttributePoints", idempotencyKey, requestBody, () -> {
                    Character character = live(owned(characters.lock(tx, id), accountId));
                    AttributeSpending.apply(character.attributes(), character.unspentPoints(), delta);
                    characters.spendPoints(tx, id, delta);
                    return StoredResponse.of(200, render.apply(characters.find(tx, id).orElseThrow()));
                }));
    }

    /** Records the location of a live character; 429 within a second of the previous update. */
    public Location move(UUID accountId, UUID id, Location requested) {
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            Character character = live(owned(characters.lock(tx, id), accountId));
            Optional<Instant> next = character.locationSavedAt().map(saved -> saved.plus(LOCATION_INTERVAL))
                    .filter(now::isBefore);
            if (next.isPresent()) {
                long millis = Duration.between(now, next.get()).toMillis();
                throw ProblemException.tooManyRequests("At most one location update per second per character.",
                        Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
            }
            Location location = new Location(requested.serverId(), requested.city(), requested.district(),
                    requested.x(), requested.y(), requested.z(), now);
            characters.move(tx, id, location);
            return location;
        });
    }

    /** For other services: any character that is live or restorable, whoever owns it. */
    public Character snapshot(UUID id) {
        return existing(characters.find(db.execute(), id));
    }

    /** Purges the characters past their restore window; returns how many. */
    public long purgeExpired() {
        return characters.purgeExpired(db.execute(), clock.instant());
    }

    private Character existing(Optional<Character> found) {
        return found.filter(character -> !character.purgedAt(clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("CHARACTER_NOT_FOUND", "No character has this id."));
    }

    private Character owned(Optional<Character> found, UUID accountId) {
        Character character = existing(found);
        if (!character.accountId().equals(accountId)) {
            throw notOwner();
        }
        return character;
    }

    private static Character live(Character character) {
        if (character.deleted()) {
            throw ProblemException.conflict("CHARACTER_DELETED",
                    "This character is deleted; restore it first.");
        }
        return character;
    }

    private static ProblemException notOwner() {
        return ProblemException.forbidden("NOT_CHARACTER_OWNER", "This character belongs to another account.");
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("CHARACTER_NAME_TAKEN", "The name '" + name + "' is taken.");
    }
}
