package com.tokenomics.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegrationProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.DomainMappingOptions;
import software.amazon.awscdk.services.apigatewayv2.DomainName;
import software.amazon.awscdk.services.apigatewayv2.DomainNameProps;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpApiProps;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageProps;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.RoleProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.AliasProps;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.ParamsAndSecretsLayerVersion;
import software.amazon.awscdk.services.lambda.ParamsAndSecretsOptions;
import software.amazon.awscdk.services.lambda.ParamsAndSecretsVersions;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretProps;
import software.constructs.Construct;

/** One Lambda function running the whole application, behind one API Gateway HTTP API. */
public class TokenomicsStack extends Stack {

    /** Quarkus's setting of how many Vert.x event loops the application runs. */
    private static final String EVENT_LOOPS_VARIABLE = "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE";

    /** Environment variable holding the ARN the application asks the Parameters and Secrets extension for. */
    private static final String SLACK_SECRET_ID_VARIABLE = "SLACK_SIGNING_SECRET_ID";

    /**
     * Environment variable holding this site's address, the only one the application then names in links (embed
     * discovery, oEmbed, the Slack button): it trusts no forwarding header a client could send through API Gateway.
     */
    static final String PUBLIC_URL_VARIABLE = "TOKENOMICS_PUBLIC_URL";

    /** The application's CORS policy (docs/design.md §5), enforced by API Gateway in front of the function. */
    private static final List<String> CORS_ALLOWED_ORIGINS = List.of("*");
    private static final List<CorsHttpMethod> CORS_ALLOWED_METHODS =
            List.of(CorsHttpMethod.HEAD, CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS);
    private static final List<String> CORS_ALLOWED_HEADERS = List.of("Content-Type");
    private static final int CORS_MAX_AGE_SECONDS = 86_400;

    private static final RetentionDays LOG_RETENTION = RetentionDays.ONE_MONTH;

    /** The extension caches the secret; a rotated value reaches every running instance within this time. */
    private static final int SECRET_CACHE_TTL_SECONDS = 300;

    private static final String LIVE_ALIAS = "live";

    // One JSON object per request; only $context variables that HTTP APIs support.
    private static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\","
            + "\"ip\":\"$context.identity.sourceIp\","
            + "\"requestTime\":\"$context.requestTime\","
            + "\"httpMethod\":\"$context.httpMethod\","
            + "\"path\":\"$context.path\","
            + "\"status\":\"$context.status\","
            + "\"protocol\":\"$context.protocol\","
            + "\"responseLength\":\"$context.responseLength\","
            + "\"integrationLatency\":\"$context.integrationLatency\","
            + "\"integrationError\":\"$context.integrationErrorMessage\"}";

    public TokenomicsStack(Construct scope, String id, StackProps props, DeploySettings settings) {
        super(scope, id, props);

        ISecret slackSecret = settings.slackSecretArn()
                .map(arn -> Secret.fromSecretCompleteArn(this, "SlackSigningSecret", arn))
                // Secrets Manager fills the new secret with a random value, so the template never holds one and
                // Slack requests are refused until the operator stores the real signing secret.
                .orElseGet(() -> new Secret(this, "SlackSigningSecret", SecretProps.builder()
                        .description("Slack signing secret of the Tokenomics slash command")
                        .build()));

        LogGroup functionLogs = new LogGroup(this, "FunctionLogs", LogGroupProps.builder()
                .retention(LOG_RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build());

        // An explicit role instead of the default one, which carries the AWS managed
        // AWSLambdaBasicExecutionRole policy (logs actions on every log group of the account).
        Role functionRole = new Role(this, "FunctionRole", RoleProps.builder()
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Tokenomics function: write its own logs, read the Slack signing secret")
                .build());
        functionLogs.grantWrite(functionRole);
        slackSecret.grantRead(functionRole);

        Function function = new Function(this, "Function", FunctionProps.builder()
                .description("Tokenomics (" + settings.runtime().contextValue() + ")")
                .runtime(settings.runtime().lambdaRuntime())
                .handler(settings.runtime().handler())
                .code(Code.fromAsset(settings.zipPath()))
                // The native executable is built on x86_64 GitHub runners; the JVM variant stays on the same
                // architecture so that measurements of the two compare like with like.
                .architecture(Architecture.X86_64)
                .memorySize(settings.memoryMiB())
                .timeout(Duration.seconds(settings.timeoutSeconds()))
                .role(functionRole)
                .logGroup(functionLogs)
                .environment(environment(settings.runtime(), slackSecret))
                .paramsAndSecrets(ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103,
                        ParamsAndSecretsOptions.builder()
                                .cacheEnabled(true)
                                .secretsManagerTtl(Duration.seconds(SECRET_CACHE_TTL_SECONDS))
                                .build()))
                .snapStart(settings.runtime() == FunctionRuntime.JVM ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                .build());

        HttpApi api = new HttpApi(this, "HttpApi", HttpApiProps.builder()
                .apiName("Tokenomics")
                .description("Tokenomics API, web page, embed and Slack command")
                // Created below with throttling and access logs, which the default stage cannot carry.
                .createDefaultStage(false)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(CORS_ALLOWED_ORIGINS)
                        .allowMethods(CORS_ALLOWED_METHODS)
                        .allowHeaders(CORS_ALLOWED_HEADERS)
                        .allowCredentials(false)
                        .maxAge(Duration.seconds(CORS_MAX_AGE_SECONDS))
                        .build())
                // The $default route sends every method and path to the application, which does its own routing.
                .defaultIntegration(new HttpLambdaIntegration("Application", invocationTarget(settings, function),
                        HttpLambdaIntegrationProps.builder()
                                .payloadFormatVersion(PayloadFormatVersion.VERSION_2_0)
                                .build()))
                .build());

        LogGroup accessLogs = new LogGroup(this, "AccessLogs", LogGroupProps.builder()
                .retention(LOG_RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build());

        DomainName customDomain = settings.domainName()
                .map(name -> new DomainName(this, "CustomDomain", DomainNameProps.builder()
                        .domainName(name)
                        .certificate(Certificate.fromCertificateArn(this, "CustomDomainCertificate",
                                settings.certificateArn().orElseThrow()))
                        .build()))
                .orElse(null);

        HttpStage stage = new HttpStage(this, "DefaultStage", HttpStageProps.builder()
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(settings.throttleRatePerSecond())
                        .burstLimit(settings.throttleBurst())
                        .build())
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public IAccessLogDestination getDestination() {
                        return new LogGroupLogDestination(accessLogs);
                    }

                    @Override
                    public AccessLogFormat getFormat() {
                        return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
                    }
                })
                .domainMapping(customDomain == null ? null
                        : DomainMappingOptions.builder().domainName(customDomain).build())
                .build());

        function.addEnvironment(PUBLIC_URL_VARIABLE, customDomain == null ? api.getApiEndpoint()
                : "https://" + customDomain.getName());
        output("Url", customDomain == null ? stage.getUrl() : "https://" + customDomain.getName() + "/",
                "Base URL of the application");
        output("FunctionName", function.getFunctionName(), "Lambda function running the application");
        output("SlackSigningSecretArn", slackSecret.getSecretArn(),
                "Store the Slack signing secret here (aws secretsmanager put-secret-value)");
        if (customDomain != null) {
            output("CustomDomainTarget", customDomain.getRegionalDomainName(),
                    "Point the custom domain's DNS record (CNAME or alias) here");
        }
    }

    private static Map<String, String> environment(FunctionRuntime runtime, ISecret slackSecret) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SLACK_SECRET_ID_VARIABLE, slackSecret.getSecretArn());
        // Lambda hands an instance one event at a time, through one in-memory connection: one Vert.x event loop
        // serves it, where Quarkus would make two per processor Lambda reports, each set up at every cold start.
        environment.put(EVENT_LOOPS_VARIABLE, "1");
        if (runtime == FunctionRuntime.NATIVE) {
            // Quarkus' advice for native executables on Lambda: leave signal handling to the Lambda runtime.
            environment.put("DISABLE_SIGNAL_HANDLERS", "true");
        }
        return environment;
    }

    /** SnapStart only applies to published versions, so the JVM variant is invoked through an alias. */
    private IFunction invocationTarget(DeploySettings settings, Function function) {
        if (settings.runtime() != FunctionRuntime.JVM) {
            return function;
        }
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "the current version is published below and the API invokes it through the alias");
        return new Alias(this, "LiveAlias", AliasProps.builder()
                .aliasName(LIVE_ALIAS)
                .version(function.getCurrentVersion())
                .build());
    }

    private void output(String id, String value, String description) {
        new CfnOutput(this, id, CfnOutputProps.builder().value(value).description(description).build());
    }
}
