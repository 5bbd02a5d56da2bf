using System.Text.RegularExpressions;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Validation;

namespace CareMatch.Providers.Credentials;

/// <summary>
/// Checks what a carer typed about a credential, by kind: a DBS needs its 12-digit certificate
/// number and an issue date in the past; insurance an expiry date; a reference the referee's name.
/// </summary>
internal static partial class CredentialFactsReader
{
    public static CredentialFacts Read(SubmitMyCredential command, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        string? certificate = null;
        DateOnly? issuedOn = null;
        DateOnly? expiresOn = null;
        string? referee = null;

        switch (command.Kind)
        {
            case CredentialKind.EnhancedDbs:
                certificate = command.CertificateNumber?.Replace(" ", "", StringComparison.Ordinal).Trim();
                if (string.IsNullOrEmpty(certificate)) errors[nameof(command.CertificateNumber)] = ["Enter the certificate number"];
                else if (!TwelveDigits().IsMatch(certificate)) errors[nameof(command.CertificateNumber)] = ["The certificate number must be 12 digits"];
                issuedOn = DateFieldsParser.Parse(command.IssuedOn, "The issue date", out var issuedError);
                if (command.IssuedOn.IsBlank) errors[nameof(command.IssuedOn)] = ["Enter the date the certificate was issued"];
                else if (issuedError is not null) errors[nameof(command.IssuedOn)] = [issuedError];
                else if (issuedOn > today) errors[nameof(command.IssuedOn)] = ["The issue date must be today or in the past"];
                break;
            case CredentialKind.PublicLiabilityInsurance:
                expiresOn = RequiredExpiry(command, today, errors);
                break;
            case CredentialKind.RightToWork:
                // Many people's right to work does not end; give the date when it does.
                if (!command.ExpiresOn.IsBlank) expiresOn = RequiredExpiry(command, today, errors);
                break;
            case CredentialKind.FirstReference or CredentialKind.SecondReference:
                referee = command.RefereeName?.Trim();
                if (string.IsNullOrEmpty(referee)) errors[nameof(command.RefereeName)] = ["Enter the name of the person who gave the reference"];
                else if (referee.Length > CredentialRules.MaxRefereeNameLength)
                    errors[nameof(command.RefereeName)] = [$"The name must be {CredentialRules.MaxRefereeNameLength} characters or fewer"];
                break;
            default:
                throw new InputValidationException(string.Empty, "Choose a credential from the list");
        }
        if (errors.Count > 0) throw new InputValidationException(errors);
        return new CredentialFacts(certificate, issuedOn, command.Kind == CredentialKind.EnhancedDbs && command.OnUpdateService, expiresOn, referee);
    }

    private static DateOnly? RequiredExpiry(SubmitMyCredential command, DateOnly today, Dictionary<string, string[]> errors)
    {
        var expiresOn = DateFieldsParser.Parse(command.ExpiresOn, "The expiry date", out var error);
        if (command.ExpiresOn.IsBlank) errors[nameof(command.ExpiresOn)] = ["Enter the expiry date"];
        else if (error is not null) errors[nameof(command.ExpiresOn)] = [error];
        else if (expiresOn < today) errors[nameof(command.ExpiresOn)] = ["The expiry date must be today or in the future"];
        return expiresOn;
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex TwelveDigits();
}
