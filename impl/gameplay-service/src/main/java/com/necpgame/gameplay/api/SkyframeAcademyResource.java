package com.necpgame.gameplay.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.mapping.RaidMapper;
import com.necpgame.gameplay.model.SkyframeMissionSubmissionDto;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.gameplay.raid.SkyframeAcademy;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Skyframe Academy certifications: start, read, submit the three missions. */
public final class SkyframeAcademyResource extends SkyframeAcademyService {
    private final SkyframeAcademy academy;
    private final RaidMapper mapper = RaidMapper.INSTANCE;

    public SkyframeAcademyResource(SkyframeAcademy academy) {
        this.academy = academy;
    }

    @Override
    protected void handleStartSkyframeCertification(ServerRequest request, ServerResponse response) {
        var started = academy.start(PlayerCaller.require(request).accountId());
        StartSkyframeCertificationOp.Response201.builder().response(mapper.certification(started)).send(response);
    }

    @Override
    protected void handleListSkyframeCertifications(ServerRequest request, ServerResponse response,
                                                    Optional<Integer> page, Optional<Integer> limit) {
        var mine = academy.list(PlayerCaller.require(request).accountId(), PageRequest.of(page, limit));
        ListSkyframeCertificationsOp.Response200.builder().response(mapper.certificationPage(mine)).send(response);
    }

    @Override
    protected void handleGetSkyframeCertification(ServerRequest request, ServerResponse response,
                                                  UUID certificationId) {
        var found = academy.get(PlayerCaller.require(request).accountId(), certificationId);
        GetSkyframeCertificationOp.Response200.builder().response(mapper.certification(found)).send(response);
    }

    @Override
    protected void handleSubmitSkyframeMission(ServerRequest request, ServerResponse response, UUID certificationId,
                                               SkyframeMissionSubmissionDto body) {
        var after = academy.submit(PlayerCaller.require(request).accountId(), certificationId,
                new SkyframeAcademy.Submission(RaidTypes.Mission.valueOf(body.getMission().name()),
                        body.getAccuracy(), body.getHullIntegrity(), body.getCompletionSeconds()));
        SubmitSkyframeMissionOp.Response200.builder().response(mapper.certification(after)).send(response);
    }
}
