using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Safeguarding;

internal sealed class SetSafeguardingContactValidator : AbstractValidator<SetSafeguardingContact>
{
    public SetSafeguardingContactValidator()
    {
        RuleFor(c => c.Email).Must(email => !string.IsNullOrWhiteSpace(email)).WithMessage("Enter the council's adult safeguarding email address");
        RuleFor(c => c.Email).Must(email => email is null || email.Trim().Length <= 256).WithMessage("The email address must be 256 characters or fewer");
        RuleFor(c => c.Email).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email))
            .WithMessage("Enter an email address in the correct format, like safeguarding@council.gov.uk");
        RuleFor(c => c.Phone).Must(phone => phone is null || System.Text.RegularExpressions.Regex.IsMatch(phone.Trim(), @"^\+?[0-9 ()-]{6,32}$"))
            .When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage("Enter a phone number, like 0113 222 4401");
    }
}
