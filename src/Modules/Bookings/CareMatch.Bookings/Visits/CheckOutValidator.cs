using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Visits;

internal sealed class CheckOutValidator : AbstractValidator<CheckOut>
{
    public CheckOutValidator() => RuleFor(c => c.Notes).MaximumLength(2000).WithMessage("Notes must be 2,000 characters or fewer");
}
