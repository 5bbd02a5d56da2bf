using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using FluentValidation;

namespace CareMatch.Providers.Verification;

internal sealed class RejectCredentialValidator : AbstractValidator<RejectCredential>
{
    public RejectCredentialValidator() =>
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Enter the reason, so the carer knows what to fix")
            .MaximumLength(CredentialRules.MaxRejectionReasonLength)
            .WithMessage($"The reason must be {CredentialRules.MaxRejectionReasonLength} characters or fewer");
}
