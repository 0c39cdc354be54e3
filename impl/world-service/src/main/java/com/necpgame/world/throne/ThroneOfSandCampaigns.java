package com.necpgame.world.throne;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.servers.GameServers;
import com.necpgame.world.state.ChangeSource;
import com.necpgame.world.state.JsonValues;
import com.necpgame.world.state.StateChange;
import com.necpgame.world.state.WorldStateRepository;
import com.necpgame.world.state.WorldStateWriter;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The Throne of Sand event: every change of a campaign (start, decision, climate activation, reset) runs under the
 * campaign's row lock in one transaction with its audit entry and its world state writes (pushed to subscribers).
 */
public final class ThroneOfSandCampaigns {
    static final String CAMPAIGN_KEY = "throne-of-sand.campaign";
    static final String BRANCH_KEY = "throne-of-sand.branch";
    static final String CLIMATE_KEY = "throne-of-sand.climate";

    /** The actor of the service's own writes (expired climate effects). */
    static final String SELF = "world-service";

    private final DbClient db;
    private final CampaignRepository campaigns;
    private final WorldStateRepository state;
    private final WorldStateWriter writer;
    private final GameServers servers;
    private final ThroneOfSandCatalogue catalogue;
    private final Clock clock;

    public ThroneOfSandCampaigns(DbClient db, CampaignRepository campaigns, WorldStateRepository state,
                                 WorldStateWriter writer, GameServers servers, ThroneOfSandCatalogue catalogue,
                                 Clock clock) {
        this.db = db;
        this.campaigns = campaigns;
        this.state = state;
        this.writer = writer;
        this.servers = servers;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** 409 {@code CAMPAIGN_EXISTS} when the server has one. */
    public CampaignView start(String actor, String serverId, String reason) {
        servers.requireInBody(serverId);
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            Campaign campaign = Campaign.start(serverId, now);
            if (!campaigns.insert(tx, campaign)) {
                throw ProblemException.conflict("CAMPAIGN_EXISTS", "The server has a campaign; reset it instead.");
            }
            List<KeyVersion> changes = List.of(writeCampaignKey(tx, campaign, actor, reason));
            campaigns.audit(tx, new AuditEntry(UUID.randomUUID(), serverId, AuditAction.START_CAMPAIGN,
                    Optional.empty(), Optional.empty(), Optional.empty(), reason, actor, Optional.empty(),
                    campaign.snapshot(), changes, now));
            return view(tx, campaign, now);
        });
    }

    public CampaignView get(String serverId) {
        DbExecute read = db.execute();
        return view(read, existing(read, serverId), clock.instant());
    }

    public Page<CampaignView> list(PageRequest page) {
        DbExecute read = db.execute();
        Instant now = clock.instant();
        return new Page<>(campaigns.list(read, page).stream().map(c -> view(read, c, now)).toList(), page,
                campaigns.count(read));
    }

    public AuditEntry decide(String actor, String serverId, Decision decision) {
        decision.requireWellFormed();
        servers.requireInPath(serverId);
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            Campaign before = locked(tx, serverId);
            before.requireDecidable(decision.expectedVersion());
            Campaign after = before.decide(decision, now);
            campaigns.update(tx, after);
            List<KeyVersion> changes = new ArrayList<>();
            changes.add(writeCampaignKey(tx, after, actor, decision.reason()));
            if (!after.branch().equals(before.branch())) {
                ObjectNode branch = JsonValues.newObject().put("chosen", true)
                        .put("branch", after.branch().orElseThrow().name());
                changes.add(write(tx, serverId, BRANCH_KEY, branch, actor, decision.reason()));
            }
            AuditEntry entry = new AuditEntry(UUID.randomUUID(), serverId, AuditAction.valueOf(decision.type().name()),
                    decision.branch(), decision.progressDelta(), Optional.empty(), decision.reason(), actor,
                    Optional.of(before.snapshot()), after.snapshot(), changes, now);
            campaigns.audit(tx, entry);
            return entry;
        });
    }

    /** 429 {@code CLIMATE_PROTOCOL_COOLDOWN} before {@code availableAt}; of two racing, the row lock lets one win. */
    public Activation activate(String actor, String serverId, String protocolId, String reason) {
        servers.requireInPath(serverId);
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            Campaign before = locked(tx, serverId);
            ClimateProtocol protocol = catalogue.protocol(protocolId).orElseThrow(() -> ProblemException.notFound(
                    "PROTOCOL_NOT_FOUND", "No climate protocol '" + protocolId + "'."));
            Campaign after = before.activated(now);
            Map<String, Activation> latest = latest(tx, before);
            ProtocolState.of(protocol, Optional.ofNullable(latest.get(protocolId)), now).requireReady(now);
            Activation activation = new Activation(UUID.randomUUID(), serverId, before.run(), protocolId, now,
                    now.plus(protocol.effectDuration()), now.plus(protocol.cooldown()), after.version(), actor);
            campaigns.insertActivation(tx, activation);
            latest.put(protocolId, activation);
            campaigns.update(tx, after);
            List<KeyVersion> changes = List.of(writeCampaignKey(tx, after, actor, reason),
                    write(tx, serverId, CLIMATE_KEY, climateValue(latest.values(), now), actor, reason));
            campaigns.audit(tx, new AuditEntry(activation.activationId(), serverId,
                    AuditAction.ACTIVATE_CLIMATE_PROTOCOL, Optional.empty(), Optional.empty(), Optional.of(protocolId),
                    reason, actor, Optional.of(before.snapshot()), after.snapshot(), changes, now));
            return activation;
        });
    }

    /** Back to chapter 1, no branch, cooldowns cleared; the audit log keeps everything. */
    public CampaignView reset(String actor, String serverId, Optional<Long> expectedVersion, String reason) {
        servers.requireInPath(serverId);
        return Transactions.inTransaction(db, tx -> {
            Instant now = clock.instant();
            Campaign before = locked(tx, serverId);
            expectedVersion.ifPresent(before::requireVersion);
            boolean hadActivations = !campaigns.latestActivations(tx, before).isEmpty();
            Campaign after = before.reset(now);
            campaigns.update(tx, after);
            List<KeyVersion> changes = new ArrayList<>();
            changes.add(writeCampaignKey(tx, after, actor, reason));
            if (before.branch().isPresent()) {
                changes.add(write(tx, serverId, BRANCH_KEY, JsonValues.newObject().put("chosen", false), actor,
                        reason));
            }
            if (hadActivations) {
                changes.add(write(tx, serverId, CLIMATE_KEY, climateValue(List.of(), now), actor, reason));
            }
            campaigns.audit(tx, new AuditEntry(UUID.randomUUID(), serverId, AuditAction.RESET_CAMPAIGN,
                    Optional.empty(), Optional.empty(), Optional.empty(), reason, actor, Optional.of(before.snapshot()),
                    after.snapshot(), changes, now));
            return view(tx, after, now);
        });
    }

    /**
     * Rewrites {@code throne-of-sand.climate} of every campaign whose key still lists an effect that has ended, so
     * subscribers learn of it (a scheduled job; safe to repeat: a key already up to date is left alone). Returns
     * how many keys it rewrote.
     */
    public int expireClimateEffects() {
        int rewritten = 0;
        for (Campaign campaign : campaigns.all(db.execute())) {
            rewritten += Transactions.inTransaction(db, tx -> {
                Instant now = clock.instant();
                Campaign locked = locked(tx, campaign.serverId());
                boolean stale = state.find(tx, locked.serverId(), CLIMATE_KEY)
                        .map(entry -> listsEnded(entry.value(), now)).orElse(false);
                if (!stale) {
                    return 0;
                }
                write(tx, locked.serverId(), CLIMATE_KEY, climateValue(latest(tx, locked).values(), now), SELF,
                        "A climate protocol's effect ended.");
                return 1;
            });
        }
        return rewritten;
    }

    private static boolean listsEnded(ObjectNode climate, Instant now) {
        for (var protocol : climate.path("activeProtocols")) {
            if (!now.isBefore(Instant.parse(protocol.path("activeUntil").asText()))) {
                return true;
            }
        }
        return false;
    }

    public Page<ProtocolState> protocols(String serverId, PageRequest page) {
        DbExecute read = db.execute();
        Instant now = clock.instant();
        Map<String, Activation> latest = latest(read, existing(read, serverId));
        List<ProtocolState> all = catalogue.protocols().stream()
                .map(p -> ProtocolState.of(p, Optional.ofNullable(latest.get(p.id())), now)).toList();
        int from = (int) Math.min(page.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + page.limit(), all.size())), page, all.size());
    }

    public Page<AuditEntry> auditLog(String serverId, Optional<AuditAction> action, PageRequest page) {
        DbExecute read = db.execute();
        existing(read, serverId);
        return new Page<>(campaigns.auditLog(read, serverId, action, page), page,
                campaigns.auditCount(read, serverId, action));
    }

    private Campaign existing(DbExecute db, String serverId) {
        servers.requireInPath(serverId);
        return campaigns.find(db, serverId).orElseThrow(ThroneOfSandCampaigns::campaignNotFound);
    }

    private Campaign locked(DbExecute tx, String serverId) {
        return campaigns.lock(tx, serverId).orElseThrow(ThroneOfSandCampaigns::campaignNotFound);
    }

    private Map<String, Activation> latest(DbExecute db, Campaign campaign) {
        return campaigns.latestActivations(db, campaign).stream()
                .collect(Collectors.toMap(Activation::protocolId, Function.identity(), (a, b) -> a,
                        java.util.HashMap::new));
    }

    /** The branch's effect while it holds, and the climate effects not yet expired. */
    private CampaignView view(DbExecute db, Campaign campaign, Instant now) {
        List<ActiveEffect> effects = new ArrayList<>();
        campaign.branch().ifPresent(branch -> {
            ThroneOfSandCatalogue.BranchEffect effect = catalogue.effectOf(branch);
            effects.add(new ActiveEffect(effect.effectId(), EffectSource.BRANCH, branch.slug(),
                    campaign.branchChosenAt().orElse(campaign.updatedAt()), Optional.empty(), effect.modifiers()));
        });
        for (Activation a : campaigns.latestActivations(db, campaign)) {
            if (now.isBefore(a.activeUntil())) {
                catalogue.protocol(a.protocolId()).ifPresent(p -> effects.add(new ActiveEffect(p.id(),
                        EffectSource.CLIMATE_PROTOCOL, p.id(), a.activatedAt(), Optional.of(a.activeUntil()),
                        p.modifiers())));
            }
        }
        return new CampaignView(campaign, effects);
    }

    private KeyVersion writeCampaignKey(DbExecute tx, Campaign campaign, String actor, String reason) {
        return write(tx, campaign.serverId(), CAMPAIGN_KEY, CampaignRepository.snapshotJson(campaign.snapshot()),
                actor, reason);
    }

    private KeyVersion write(DbExecute tx, String serverId, String key, ObjectNode value, String actor,
                             String reason) {
        long version = writer.write(tx, new StateChange(serverId, key, value, Optional.empty(),
                ChangeSource.THRONE_OF_SAND, Optional.empty(), actor, Optional.of(reason))).version();
        return new KeyVersion(key, version);
    }

    private static ObjectNode climateValue(Iterable<Activation> activations, Instant now) {
        ObjectNode value = JsonValues.newObject();
        ArrayNode active = value.putArray("activeProtocols");
        for (Activation a : activations) {
            if (now.isBefore(a.activeUntil())) {
                active.addObject().put("protocolId", a.protocolId()).put("activeUntil", a.activeUntil().toString());
            }
        }
        return value;
    }

    private static ProblemException campaignNotFound() {
        return ProblemException.notFound("CAMPAIGN_NOT_FOUND", "The server has no Throne of Sand campaign.");
    }
}
