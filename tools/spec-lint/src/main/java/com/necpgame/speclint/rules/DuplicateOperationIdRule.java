package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * operationIds are unique over all specs: clients, pacts, metrics and the implementation tracker
 * name endpoints by operationId alone.
 */
public final class DuplicateOperationIdRule implements Rule {

    @Override
    public String id() {
        return "duplicate-operation-id";
    }

    @Override
    public void checkAll(List<Spec> specs, Reporter reporter) {
        Map<String, List<Operation>> byId = new LinkedHashMap<>();
        for (Spec spec : specs) {
            for (Operation op : spec.operations()) {
                String id = op.node().path("operationId").asText("");
                if (!id.isBlank()) {
                    byId.computeIfAbsent(id, key -> new ArrayList<>()).add(op);
                }
            }
        }
        byId.forEach((id, ops) -> {
            if (ops.size() > 1) {
                for (Operation op : ops) {
                    String others = ops.stream().filter(o -> o != op)
                            .map(o -> o.spec().displayName() + "#" + o.pointer())
                            .collect(Collectors.joining(", "));
                    reporter.report(op.spec(), op.pointer() + "/operationId", "operationId " + id
                                    + " is also used by " + others,
                            "rename one of them; prefix with the domain where names clash (getRaidLeaderboard)");
                }
            }
        });
    }
}
