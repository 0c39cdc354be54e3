package com.necpgame.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.necpgame.deploy.ServiceSpecs.Microservice;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kustomizations render (kubectl's kustomize), every object is valid for fabric8's Kubernetes model with no
 * unknown field, and every service, port, route, probe and config key agrees with the specs and the services.
 */
class DeployManifestsTest {
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    /** Config keys the platform reads besides each application.yaml (impl/platform/README.md, auth's README). */
    private static final Set<String> PLATFORM_KEYS = Set.of("db.url", "db.username", "db.password",
            "db.pool.max-size", "services.client.secret");
    private static final Pattern AUTH_CLIENT_KEY = Pattern.compile("auth\\.service-clients\\.\\d+\\.(id|secret-sha256)");

    static Map<String, Microservice> specs;
    /** Rendered: base, overlays/local, overlays/production (which has the migrate-job component). */
    static Map<String, List<HasMetadata>> rendered = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        specs = ServiceSpecs.all();
        for (String dir : List.of("base", "overlays/local", "overlays/production")) {
            rendered.put(dir, StrictManifests.parse(Kustomize.render(DEPLOY.resolve(dir))));
        }
    }

    @Test
    void everyRenderingHoldsTheSameObjectsForEveryServiceOfTheSpecs() {
        Set<String> expected = new TreeSet<>(List.of("ConfigMap/necp-jvm", "ConfigMap/necp-database", "Ingress/necp-api"));
        for (String service : specs.keySet()) {
            for (String kind : List.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget")) {
                expected.add(kind + "/" + service);
            }
        }
        assertThat(specs).hasSize(6);
        rendered.forEach((dir, objects) -> {
            Set<String> names = objects.stream().filter(o -> !(o instanceof Job))
                    .map(o -> o.getKind() + "/" + o.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> here = new TreeSet<>(expected);
            if (dir.equals("overlays/local")) {
                here.addAll(List.of("StatefulSet/necp-postgres", "Service/necp-postgres"));
            }
            assertThat(names).as(dir).isEqualTo(here);
        });
        assertThat(of(rendered.get("overlays/production"), Job.class).keySet())
                .isEqualTo(specs.keySet().stream().map(s -> s + "-migrate").collect(Collectors.toSet()));
        assertThat(of(rendered.get("base"), Job.class)).isEmpty();
        assertThat(rendered.get("overlays/local")).allMatch(o -> "necp-local".equals(o.getMetadata().getNamespace()));
        assertThat(rendered.get("overlays/production")).allMatch(o -> "necp".equals(o.getMetadata().getNamespace()));
    }

    @Test
    void deploymentsListenAndAreProbedOnTheSpecsPortsAndThePlatformsPaths() {
        rendered.forEach((dir, objects) -> {
            Map<String, Deployment> deployments = of(objects, Deployment.class);
            for (Microservice spec : specs.values()) {
                Deployment deployment = deployments.get(spec.name());
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                assertThat(pod.getContainers()).as(dir + " " + spec.name()).hasSize(1);
                Container container = pod.getContainers().getFirst();
                assertThat(container.getImage()).as(dir).contains("necp/" + spec.name());
                assertThat(container.getPorts()).as(dir + " " + spec.name()).singleElement()
                        .satisfies(p -> assertThat(p.getName()).isEqualTo("http"))
                        .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(spec.port()));
                assertThat(probePath(container.getStartupProbe())).isEqualTo(PlatformEndpoints.STARTED);
                assertThat(probePath(container.getLivenessProbe())).isEqualTo(PlatformEndpoints.LIVE);
                assertThat(probePath(container.getReadinessProbe())).isEqualTo(PlatformEndpoints.READY);
                for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                        container.getReadinessProbe())) {
                    assertThat(probe.getHttpGet().getPort().getStrVal()).as(dir + " " + spec.name()).isEqualTo("http");
                }
                Map<String, String> scrape = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
                assertThat(scrape).containsEntry("prometheus.io/scrape", "true")
                        .containsEntry("prometheus.io/port", String.valueOf(spec.port()))
                        .containsEntry("prometheus.io/path", PlatformEndpoints.METRICS);
                Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
                assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).containsKey("memory");
            }
        });
    }

    @Test
    void servicesAutoscalersAndBudgetsPointAtTheirDeployment() {
        rendered.forEach((dir, objects) -> {
            Map<String, Deployment> deployments = of(objects, Deployment.class);
            Map<String, Service> services = of(objects, Service.class);
            Map<String, HorizontalPodAutoscaler> autoscalers = of(objects, HorizontalPodAutoscaler.class);
            Map<String, PodDisruptionBudget> budgets = of(objects, PodDisruptionBudget.class);
            for (Microservice spec : specs.values()) {
                Map<String, String> podLabels = deployments.get(spec.name()).getSpec().getTemplate().getMetadata().getLabels();
                Service service = services.get(spec.name());
                assertThat(podLabels).as(dir).containsAllEntriesOf(service.getSpec().getSelector());
                ServicePort port = service.getSpec().getPorts().getFirst();
                assertThat(service.getSpec().getPorts()).hasSize(1);
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getPort()).as(dir + " " + spec.name()).isEqualTo(spec.port());
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");

                HorizontalPodAutoscaler hpa = autoscalers.get(spec.name());
                assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(spec.name());
                assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
                // The autoscaler owns the replica count: a Deployment that sets one fights it on every apply.
                assertThat(deployments.get(spec.name()).getSpec().getReplicas()).as(dir + " replicas").isNull();

                assertThat(podLabels).containsAllEntriesOf(budgets.get(spec.name()).getSpec().getSelector().getMatchLabels());
            }
        });
        assertThat(of(rendered.get("overlays/local"), HorizontalPodAutoscaler.class).values())
                .allMatch(h -> h.getSpec().getMaxReplicas() == 1);
        assertThat(of(rendered.get("overlays/production"), HorizontalPodAutoscaler.class).values())
                .allMatch(h -> h.getSpec().getMinReplicas() >= 2);
    }

    @Test
    void theIngressRoutesEachSpecsBasePathToItsService() {
        rendered.forEach((dir, objects) -> {
            Ingress ingress = of(objects, Ingress.class).get("necp-api");
            assertThat(ingress.getSpec().getRules()).as(dir).hasSize(1);
            Map<String, String> routes = new TreeMap<>();
            for (HTTPIngressPath path : ingress.getSpec().getRules().getFirst().getHttp().getPaths()) {
                assertThat(path.getPathType()).isEqualTo("Prefix");
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
                routes.put(path.getPath(), path.getBackend().getService().getName());
            }
            Map<String, String> expected = specs.values().stream()
                    .collect(Collectors.toMap(Microservice::basePath, Microservice::name, (a, b) -> a, TreeMap::new));
            assertThat(routes).as(dir).isEqualTo(expected);
        });
        Ingress production = of(rendered.get("overlays/production"), Ingress.class).get("necp-api");
        assertThat(production.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactly(production.getSpec().getRules().getFirst().getHost()));
    }

    @Test
    void everyConfigMapKeyIsAConfigKeyOfItsServiceAndEveryCalleeIsItsKubernetesService() throws IOException {
        Microservice auth = specs.get("auth-service");
        for (var entry : rendered.entrySet()) {
            Map<String, ConfigMap> configMaps = of(entry.getValue(), ConfigMap.class);
            for (Microservice spec : specs.values()) {
                Map<String, String> yaml = ServiceSpecs.applicationConfig(spec.name());
                Map<String, String> data = configMaps.get(spec.name()).getData();
                for (String variable : data.keySet()) {
                    String key = ServiceSpecs.configKey(variable);
                    assertThat(yaml.containsKey(key) || PLATFORM_KEYS.contains(key) || AUTH_CLIENT_KEY.matcher(key).matches()
                                    && spec.name().equals("auth-service"))
                            .as("%s: %s (%s) is a config key of %s", entry.getKey(), variable, key, spec.name()).isTrue();
                }
                for (String key : yaml.keySet()) {
                    var callee = Pattern.compile("services\\.([a-z]+)\\.url").matcher(key);
                    if (callee.matches()) {
                        Microservice target = specs.get(callee.group(1) + "-service");
                        assertThat(target).as("%s calls %s: a service of the specs", spec.name(), key).isNotNull();
                        assertThat(data).as(entry.getKey() + " " + spec.name())
                                .containsEntry(variable(key), "http://" + target.name() + ":" + target.port());
                    }
                }
                if (yaml.containsKey("security.jwks-url")) {
                    assertThat(data).containsEntry("SECURITY_JWKS_dash_URL", "http://auth-service:" + auth.port()
                            + auth.basePath() + "/.well-known/jwks.json");
                }
            }
            Map<String, String> shared = new HashMap<>(configMaps.get("necp-database").getData());
            shared.putAll(configMaps.get("necp-jvm").getData());
            for (String variable : shared.keySet()) {
                assertThat(PLATFORM_KEYS.contains(ServiceSpecs.configKey(variable)) || variable.equals("JAVA_TOOL_OPTIONS"))
                        .as("%s: shared %s", entry.getKey(), variable).isTrue();
            }
        }
        assertThat(of(rendered.get("overlays/production"), ConfigMap.class).get("necp-database").getData().get("DB_URL"))
                .startsWith("jdbc:postgresql://");
        Service postgres = of(rendered.get("overlays/local"), Service.class).get("necp-postgres");
        assertThat(of(rendered.get("overlays/local"), ConfigMap.class).get("necp-database").getData().get("DB_URL"))
                .as("local: the cluster's own PostgreSQL").isEqualTo("jdbc:postgresql://" + postgres.getMetadata().getName()
                        + ":" + postgres.getSpec().getPorts().getFirst().getPort() + "/necp");
    }

    @Test
    void everyServiceRunsWithTheSameJvmFlagsSizedBelowItsMemoryLimit() {
        rendered.forEach((dir, objects) -> {
            String flags = of(objects, ConfigMap.class).get("necp-jvm").getData().get("JAVA_TOOL_OPTIONS");
            assertThat(flags).contains("-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                            "-XX:TrimNativeHeapInterval=")
                    .isEqualTo(jvmEnvFlags());
            for (Container container : containers(objects)) {
                assertThat(container.getEnvFrom()).as(dir + " " + container.getName())
                        .anyMatch(from -> from.getConfigMapRef() != null && from.getConfigMapRef().getName().equals("necp-jvm"));
                assertThat(container.getEnv()).noneMatch(e -> e.getName().startsWith("JAVA") || e.getName().startsWith("JDK"));
                long limit = container.getResources().getLimits().get("memory").getNumericalAmount().longValue();
                assertThat(limit).as("%s %s memory limit leaves room beside a 256 MiB heap", dir, container.getName())
                        .isGreaterThanOrEqualTo(2L * 256 * 1024 * 1024);
            }
        });
    }

    /** tools/run-backend and tools/bench/run start the services with the manifests' flags: one file holds them. */
    @Test
    void theRunCommandAndTheBenchmarkUseTheManifestsFlags() throws Exception {
        Path repo = DEPLOY.resolve("../..").normalize();
        for (String script : List.of("tools/run-backend", "tools/bench/run")) {
            String text = java.nio.file.Files.readString(repo.resolve(script));
            assertThat(text).as(script).contains("service_jvm_flags || exit 1").contains("\"${SERVICE_JVM_FLAGS[@]}\"");
        }
        assertThat(java.nio.file.Files.readString(repo.resolve("tools/lib/jdk.sh"))).contains("deploy/base/jvm.env");
    }

    private static String jvmEnvFlags() {
        try {
            return java.nio.file.Files.readAllLines(DEPLOY.resolve("base/jvm.env")).stream()
                    .filter(l -> l.startsWith("JAVA_TOOL_OPTIONS=")).map(l -> l.substring("JAVA_TOOL_OPTIONS=".length()))
                    .findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shared flags are ones a JVM accepts: the JDK running this test starts with them. */
    @Test
    void theJvmAcceptsTheSharedFlags() throws Exception {
        String flags = of(rendered.get("base"), ConfigMap.class).get("necp-jvm").getData().get("JAVA_TOOL_OPTIONS");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(flags.trim().split("\\s+")));
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).as("%s%n%s", command, output).isZero();
    }

    @Test
    void callersGetTheirClientSecretAndAuthTheHashOfEveryClientItLists() {
        for (var entry : rendered.entrySet()) {
            Map<String, Deployment> deployments = of(entry.getValue(), Deployment.class);
            for (Microservice spec : specs.values()) {
                Map<String, EnvVar> env = env(deployments.get(spec.name()));
                assertThat(env.get("DB_USERNAME").getValueFrom().getSecretKeyRef().getName()).isEqualTo(spec.name() + "-db");
                assertThat(env.get("DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(spec.name() + "-db");
                assertThat(env.values()).allMatch(e -> e.getValue() == null, "no value written into a Deployment");
                boolean calls = callsAnotherService(spec.name());
                assertThat(env.containsKey("SERVICES_CLIENT_SECRET")).as(entry.getKey() + " " + spec.name()).isEqualTo(calls);
                if (calls) {
                    var ref = env.get("SERVICES_CLIENT_SECRET").getValueFrom().getSecretKeyRef();
                    assertThat(ref.getName()).isEqualTo("necp-service-clients");
                    assertThat(ref.getKey()).isEqualTo(spec.name());
                }
            }
            Map<String, String> authConfig = of(entry.getValue(), ConfigMap.class).get("auth-service").getData();
            Map<String, EnvVar> authEnv = env(deployments.get("auth-service"));
            Set<String> clients = new TreeSet<>();
            authConfig.forEach((variable, id) -> {
                var index = Pattern.compile("AUTH_SERVICE_dash_CLIENTS_(\\d+)_ID").matcher(variable);
                if (index.matches()) {
                    clients.add(id);
                    var hash = authEnv.get("AUTH_SERVICE_dash_CLIENTS_" + index.group(1) + "_SECRET_dash_SHA256");
                    assertThat(hash).as("the hash of client " + id).isNotNull();
                    assertThat(hash.getValueFrom().getSecretKeyRef().getName()).isEqualTo("necp-auth-clients");
                    assertThat(hash.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(id);
                }
            });
            Set<String> expected = specs.keySet().stream().filter(DeployManifestsTest::callsAnotherService)
                    .collect(Collectors.toCollection(TreeSet::new));
            expected.add("ops-console");
            assertThat(clients).as(entry.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void migrationJobsRunEachServicesOwnImageWithItsOwnDatabaseRoleBeforeTheRollout() {
        List<HasMetadata> objects = rendered.get("overlays/production");
        Map<String, Deployment> deployments = of(objects, Deployment.class);
        of(objects, Job.class).forEach((name, job) -> {
            String service = name.substring(0, name.length() - "-migrate".length());
            Container migrate = job.getSpec().getTemplate().getSpec().getContainers().getFirst();
            Container serving = deployments.get(service).getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(migrate.getImage()).isEqualTo(serving.getImage());
            assertThat(migrate.getArgs()).containsExactly("--migrate-only");
            assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
            assertThat(job.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "migrate");
            assertThat(job.getMetadata().getAnnotations()).containsEntry("argocd.argoproj.io/hook", "PreSync")
                    .containsEntry("argocd.argoproj.io/hook-delete-policy", "BeforeHookCreation");
            Map<String, EnvVar> env = migrate.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
            assertThat(env.get("DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(service + "-db");
        });
    }

    static boolean callsAnotherService(String service) {
        try {
            return ServiceSpecs.applicationConfig(service).keySet().stream()
                    .anyMatch(k -> k.matches("services\\.[a-z]+\\.url") && !k.equals("services.auth.url"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String variable(String configKey) {
        return configKey.replace("-", "_dash_").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    static <T extends HasMetadata> Map<String, T> of(List<HasMetadata> objects, Class<T> kind) {
        Map<String, T> byName = new TreeMap<>();
        objects.stream().filter(kind::isInstance).map(kind::cast).forEach(o -> byName.put(o.getMetadata().getName(), o));
        return byName;
    }

    static List<Container> containers(List<HasMetadata> objects) {
        List<Container> containers = new ArrayList<>();
        of(objects, Deployment.class).values().forEach(d -> containers.addAll(d.getSpec().getTemplate().getSpec().getContainers()));
        of(objects, Job.class).values().forEach(j -> containers.addAll(j.getSpec().getTemplate().getSpec().getContainers()));
        return containers;
    }

    private static Map<String, EnvVar> env(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    }

    private static String probePath(Probe probe) {
        return probe.getHttpGet().getPath();
    }
}
