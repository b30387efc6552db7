package org.tdah.assistant.adapters.rest.sms;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.PhoneNumberJson;
import org.tdah.assistant.application.sms.numbers.ProvisionNumber;
import org.tdah.assistant.application.sms.numbers.ReleaseNumber;

/** The HTTP answer to every result of the number use cases, each a {@code Mapping} of its result. */
final class SmsAnswers {
    private SmsAnswers() {}

    static Response of(ProvisionNumber.Result result) {
        return result.map(new ProvisionNumber.Result.Mapping<>() {
            @Override
            public Response on(ProvisionNumber.Result.Provisioned provisioned) {
                PhoneNumberJson number = PhoneNumberJson.of(provisioned.number());
                return Response.created(URI.create("/api/v1/phone-numbers/" + number.id())).entity(number).build();
            }

            @Override
            public Response on(ProvisionNumber.Result.AlreadyHasOne alreadyHasOne) {
                return Problems.response(SmsProblem.NUMBER_ALREADY_ASSIGNED, "You text your assistant at "
                        + alreadyHasOne.number().phoneNumber() + "; release it first to get another.");
            }

            @Override
            public Response on(ProvisionNumber.Result.NeedsVerifiedEmail needsVerifiedEmail) {
                return Problems.response(SmsProblem.VERIFIED_EMAIL_REQUIRED,
                        "Verify your email address, then ask for a number again.");
            }

            @Override
            public Response on(ProvisionNumber.Result.NeedsVerifiedPhone needsVerifiedPhone) {
                return Problems.response(SmsProblem.VERIFIED_PHONE_REQUIRED,
                        "Verify the phone you will text from (POST /api/v1/users/me/phone), then ask again.");
            }

            @Override
            public Response on(ProvisionNumber.Result.NoneAvailable noneAvailable) {
                return Problems.response(SmsProblem.NO_NUMBER_AVAILABLE,
                        "No number is for sale in this area code or country now; try another, or none.");
            }
        });
    }

    static Response of(ReleaseNumber.Result result) {
        return result.map(new ReleaseNumber.Result.Mapping<>() {
            @Override
            public Response on(ReleaseNumber.Result.Released released) {
                return Response.noContent().build();
            }

            @Override
            public Response on(ReleaseNumber.Result.NoSuchNumber noSuchNumber) {
                return Problems.response(GeneralProblem.NOT_FOUND, "You have no number with this id.");
            }
        });
    }
}
