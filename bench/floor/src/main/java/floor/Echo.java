package floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Reads the request's JSON object and answers how many fields it has: JSON in and out, no other work. */
@Path("/v1/evaluate")
public class Echo {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> evaluate(Map<String, Object> body) {
        return Map.of("fields", body.size());
    }
}
