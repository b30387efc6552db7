package org.tdah.assistant.adapters.sms.twilio;

import com.codahale.metrics.health.HealthCheck;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import java.util.Objects;

/**
 * Healthy when Twilio answers an authenticated read of our own account and the account is active:
 * the credentials are right, the API is reachable, and texts can be sent. Sends nothing. The
 * messages name the HTTP status and Twilio's error code, never the auth token (the Account
 * resource carries it, so the account itself is never printed).
 */
public final class TwilioHealthCheck extends HealthCheck {
    private final TwilioRestClient client;

    /** Reads the account of {@code client} (its account SID) with the client's own credentials and transport. */
    public TwilioHealthCheck(TwilioRestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    protected Result check() {
        try {
            Account account = Account.fetcher(client.getAccountSid()).fetch(client);
            return statusOf(account);
        } catch (ApiConnectionException unreachable) {
            return Result.unhealthy("Twilio cannot be reached: " + unreachable.getMessage());
        } catch (ApiException refused) {
            return Result.unhealthy(refusal(refused));
        } catch (TwilioException failure) {
            return Result.unhealthy("Twilio's answer could not be read: " + failure.getClass().getSimpleName());
        }
    }

    private static Result statusOf(Account account) {
        Account.Status status = account.getStatus();
        String type = account.getType() == null ? "" : " (" + account.getType() + ")";
        if (status == Account.Status.ACTIVE) {
            return Result.healthy("the Twilio account is " + status + type);
        }
        return Result.unhealthy("the Twilio account is " + (status == null ? "of unknown status" : status) + type
                + ": Twilio sends no text from it");
    }

    private static String refusal(ApiException refused) {
        Integer status = refused.getStatusCode();
        String codes = "HTTP " + (status == null ? "?" : status) + ", Twilio error " + refused.getCode();
        if (status != null && (status == 401 || status == 403)) {
            return "Twilio refused the credentials (" + codes + "): check the account SID and auth token";
        }
        if (status != null && status >= 500) {
            return "Twilio is failing (" + codes + ")";
        }
        return "Twilio refused to read the account (" + codes + ")";
    }
}
