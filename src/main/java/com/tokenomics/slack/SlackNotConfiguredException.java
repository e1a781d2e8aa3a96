package com.tokenomics.slack;

/**
 * No signing secret is at hand, so no Slack request can be verified and every one is refused. The message is safe to
 * show and to log: it never carries the secret.
 */
class SlackNotConfiguredException extends RuntimeException {

    SlackNotConfiguredException(String message) {
        super(message, null, false, false);
    }
}
