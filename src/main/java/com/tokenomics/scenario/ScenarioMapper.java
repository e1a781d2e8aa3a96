package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.lookUp;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.engine.Calibration;
import com.tokenomics.engine.Deployment;
import com.tokenomics.engine.Finance;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.Market;
import com.tokenomics.engine.Model;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.engine.Workload;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;
import com.tokenomics.scenario.ScenarioRequest.PrecisionInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a {@link ScenarioRequest} into an engine {@link Scenario}: resolves catalog ids, checks every value, fills
 * the defaults and records where each value came from. Each section has its resolver; this class runs them in the
 * order the errors and assumptions are reported in.
 */
@ApplicationScoped
public class ScenarioMapper {

    private final Catalog catalog;
    private final ThroughputResolver throughputs;
    private final FinanceResolver finances;
    private final MarketResolver markets;

    @Inject
    public ScenarioMapper(Catalog catalog, Calibrations calibrations) {
        this(catalog, calibrations.calibration());
    }

    /** With a given calibration: the fit itself maps its results before there is one. */
    public ScenarioMapper(Catalog catalog, Calibration calibration) {
        this.catalog = catalog;
        this.throughputs = new ThroughputResolver(catalog, new EstimateResolver(calibration));
        this.finances = new FinanceResolver(catalog);
        this.markets = new MarketResolver(catalog);
    }

    public ResolvedScenario toScenario(ScenarioRequest request) {
        if (request == null) {
            throw new InvalidInputException("", "The request has no scenario: send a JSON object with model, "
                    + "workload and system (see /q/openapi for the schema and an example).");
        }
        Inputs in = new Inputs();
        CatalogModel catalogModel = request.model() == null ? null
                : lookUp(request.model().id(), "/model/id", catalog::model, catalog.models(), in);
        CatalogSystem catalogSystem = request.system() == null ? null
                : lookUp(request.system().id(), "/system/id", catalog::system, catalog.systems(), in);
        // An id that names no catalog entry is the one thing to fix: the fields the entry would have filled are not
        // missing, and reporting them as required would bury the id's suggestions.
        boolean unknownModel = catalogModel == null && request.model() != null && request.model().id() != null;
        boolean unknownSystem = catalogSystem == null && request.system() != null && request.system().id() != null;
        Model model = unknownModel ? null : ModelResolver.resolve(request.model(), catalogModel, in);
        RequestedWorkload requested = WorkloadResolver.resolve(request.workload(), in);
        Workload workload = requested == null ? null : requested.sized();
        PrecisionInput precisionInput = request.precision() == null ? new PrecisionInput(null, null, null, null)
                : request.precision();
        String weightsFormat = PrecisionResolver.weightsFormat(precisionInput, catalogModel);
        PrecisionChoice precision = PrecisionResolver.resolve(precisionInput, catalogModel, in);
        Hardware hardware = unknownSystem ? null
                : SystemResolver.resolve(request.system(), catalogSystem, weightsFormat, in);
        DeploymentInput deploymentInput = request.deployment() == null
                ? new DeploymentInput(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : request.deployment();
        ThroughputInput throughput = throughputs.resolve(deploymentInput, request.workload(), catalogModel,
                catalogSystem, request.system(), model, hardware, requested, weightsFormat, precision, in);
        Deployment deployment = DeploymentResolver.resolve(deploymentInput, throughput, in);
        Finance finance = finances.resolve(request.finance(), in);
        Market market = markets.resolve(request.market(), workload, in);
        in.throwIfInvalid();
        return new ResolvedScenario(new Scenario(model, workload, precision, hardware, deployment, finance, market),
                in.assumptions(), in.warnings());
    }
}
