using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Visits;

internal sealed class CancelVisitValidator : AbstractValidator<CancelVisit>
{
    public CancelVisitValidator() => RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}
