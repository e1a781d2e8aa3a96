package com.tokenomics.web;

import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Validators for answers that clients cache and revalidate (If-None-Match). */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong validator: the first 128 bits of the body's SHA-256. */
    public static EntityTag strong(byte[] body) {
        try {
            return new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
