package com.tokenomics.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An oEmbed 1.0 "rich" response (https://oembed.com, section 2.3.4): an iframe of the widget. Registered for
 * reflection because it leaves its resource inside a {@code Response}, where Quarkus does not see its type.
 */
@RegisterForReflection
public record OEmbedResponse(
        String type,
        String version,
        String title,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl,
        @JsonProperty("cache_age") long cacheAgeSeconds,
        String html,
        int width,
        int height) {
}
