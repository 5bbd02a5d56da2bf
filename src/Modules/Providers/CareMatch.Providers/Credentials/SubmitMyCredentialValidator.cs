using System.Text.RegularExpressions;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;
using FluentValidation;
using FluentValidation.Results;

namespace CareMatch.Providers.Credentials;

/// <summary>
/// Checks what a carer typed about a credential, by kind: a DBS needs its 12-digit certificate
/// number and an issue date in the past; insurance an expiry date; right to work one only if it
/// ends; a reference the referee's name. The evidence is inspected here too, so the person sees
/// every problem at once; the handler inspects it again to keep the bytes.
/// </summary>
internal sealed partial class SubmitMyCredentialValidator : AbstractValidator<SubmitMyCredential>
{
    public SubmitMyCredentialValidator(IClock clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Kind).Custom((kind, context) =>
        {
            if (!Enum.IsDefined(kind)) context.AddFailure(new ValidationFailure(string.Empty, "Choose a credential from the list"));
        });

        When(c => c.Kind == CredentialKind.EnhancedDbs, () =>
        {
            RuleFor(c => c.CertificateNumber)
                .Must(typed => !string.IsNullOrEmpty(CredentialFactsReader.CertificateNumber(typed))).WithMessage("Enter the certificate number")
                .Must(typed => TwelveDigits().IsMatch(CredentialFactsReader.CertificateNumber(typed)!)).WithMessage("The certificate number must be 12 digits");
            RuleFor(c => c.IssuedOn).MustBeADate(CredentialFactsReader.IssueDateLabel)
                .Must(issued => DateInput.Read(issued, CredentialFactsReader.IssueDateLabel).Value <= clock.Today())
                .WithMessage("The issue date must be today or in the past");
        });

        // Many people's right to work does not end; they give a date only when it does.
        When(c => c.Kind == CredentialKind.PublicLiabilityInsurance || (c.Kind == CredentialKind.RightToWork && !DateBoxes.IsNullOrBlank(c.ExpiresOn)), () =>
            RuleFor(c => c.ExpiresOn).MustBeADate(CredentialFactsReader.ExpiryDateLabel)
                .Must(expires => DateInput.Read(expires, CredentialFactsReader.ExpiryDateLabel).Value >= clock.Today())
                .WithMessage("The expiry date must be today or in the future"));

        When(c => c.Kind is CredentialKind.FirstReference or CredentialKind.SecondReference, () =>
            RuleFor(c => c.RefereeName)
                .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the name of the person who gave the reference")
                .Must(name => name!.Trim().Length <= CredentialRules.MaxRefereeNameLength)
                .WithMessage($"The name must be {CredentialRules.MaxRefereeNameLength} characters or fewer"));

        RuleFor(c => c.Evidence).CustomAsync(async (evidence, context, cancellationToken) =>
        {
            // A stream that cannot be rewound is read once, by the handler, which gives the same message.
            if (evidence is { CanSeek: false }) return;
            var problem = await UploadInspector.ProblemWithAsync(
                evidence, context.InstanceToValidate.EvidenceLength, UploadKind.Documents, SubmitMyCredentialHandler.EvidenceWhat, cancellationToken);
            if (evidence is not null) evidence.Position = 0;
            if (problem is not null) context.AddFailure(problem);
        });
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex TwelveDigits();
}
