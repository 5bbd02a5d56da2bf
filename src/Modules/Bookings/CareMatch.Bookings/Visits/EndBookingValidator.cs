using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Visits;

internal sealed class EndBookingValidator : AbstractValidator<EndBooking>
{
    public EndBookingValidator() => RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}
