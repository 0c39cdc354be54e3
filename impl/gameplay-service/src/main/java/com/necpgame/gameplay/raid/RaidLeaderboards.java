package com.necpgame.gameplay.raid;

import com.necpgame.gameplay.raid.RaidRecords.GuildClear;
import com.necpgame.gameplay.raid.RaidRecords.PilotClear;
import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** Guilds and pilots ranked by their best clear time (attempt start to the defeat of Kraken Prime). */
public final class RaidLeaderboards {
    private final DbClient db;
    private final RaidRepository raids;

    public RaidLeaderboards(DbClient db, RaidRepository raids) {
        this.db = db;
        this.raids = raids;
    }

    public Page<GuildClear> guilds(Difficulty difficulty, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(raids.guildBoard(read, difficulty, page), page, raids.countGuildBoard(read, difficulty));
    }

    public Page<PilotClear> pilots(Difficulty difficulty, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(raids.pilotBoard(read, difficulty, page), page, raids.countPilotBoard(read, difficulty));
    }
}
