package com.tokenomics.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Block Kit messages within Slack's limits (checked by the tests): at most {@value #MAX_BLOCKS} blocks,
 * {@value #MAX_FIELDS} fields per section, {@value #MAX_FIELD_CHARS} characters per field, {@value #MAX_SECTION_CHARS}
 * per section text, {@value #MAX_HEADER_CHARS} per header, {@value #MAX_CONTEXT_ELEMENTS} elements per context block,
 * {@value #MAX_BUTTON_CHARS} per button label and {@value #MAX_URL_CHARS} per URL. Every text is escaped here, so
 * that user text in a reply cannot mention anyone.
 */
final class Blocks {

    static final int MAX_BLOCKS = 50;
    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_CHARS = 2_000;
    static final int MAX_SECTION_CHARS = 3_000;
    static final int MAX_HEADER_CHARS = 150;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Slack allows more in a context element; a context line longer than this is no longer context. */
    static final int MAX_CONTEXT_CHARS = 2_000;
    static final int MAX_BUTTON_CHARS = 75;
    static final int MAX_URL_CHARS = 3_000;
    /** The notification text shown where blocks are not (push notifications, screen readers). */
    static final int MAX_FALLBACK_CHARS = 300;

    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Blocks() {
    }

    /** A message without blocks yet: where it goes ({@link #EPHEMERAL} or {@link #IN_CHANNEL}) and its fallback. */
    static ObjectNode reply(String responseType, String fallback) {
        ObjectNode reply = JSON.objectNode();
        reply.put("response_type", responseType);
        reply.put("text", SlackText.escaped(fallback, MAX_FALLBACK_CHARS));
        return reply;
    }

    static ObjectNode header(String text) {
        ObjectNode header = JSON.objectNode().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", SlackText.escaped(text, MAX_HEADER_CHARS));
        return header;
    }

    static ObjectNode section(String mrkdwn) {
        ObjectNode section = JSON.objectNode().put("type", "section");
        section.set("text", mrkdwn(mrkdwn, MAX_SECTION_CHARS));
        return section;
    }

    static ObjectNode fields(List<String> fields) {
        ObjectNode section = JSON.objectNode().put("type", "section");
        ArrayNode array = section.putArray("fields");
        fields.stream().limit(MAX_FIELDS).forEach(field -> array.add(mrkdwn(field, MAX_FIELD_CHARS)));
        return section;
    }

    static ObjectNode context(List<String> elements) {
        ObjectNode context = JSON.objectNode().put("type", "context");
        ArrayNode array = context.putArray("elements");
        elements.stream().limit(MAX_CONTEXT_ELEMENTS).forEach(text -> array.add(mrkdwn(text, MAX_CONTEXT_CHARS)));
        return context;
    }

    static ObjectNode button(String label, String url, String actionId) {
        ObjectNode actions = JSON.objectNode().put("type", "actions");
        ObjectNode button = actions.putArray("elements").addObject().put("type", "button");
        button.putObject("text").put("type", "plain_text").put("text", SlackText.escaped(label, MAX_BUTTON_CHARS));
        button.put("url", url);
        button.put("action_id", actionId);
        return actions;
    }

    /** A mrkdwn text object. Our own formatting (*bold*, `code`) passes; {@code & < >} are escaped. */
    private static ObjectNode mrkdwn(String text, int maxChars) {
        return JSON.objectNode().put("type", "mrkdwn").put("text", SlackText.escaped(text, maxChars));
    }
}
