using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Handover;

internal sealed class SaveHandoverCardValidator : AbstractValidator<SaveHandoverCard>
{
    public SaveHandoverCardValidator()
    {
        RuleFor(c => c.WhatMatters).MaximumLength(HandoverCardLimits.WhatMatters).WithMessage($"What matters to them must be {HandoverCardLimits.WhatMatters:N0} characters or fewer");
        RuleFor(c => c.Routines).MaximumLength(HandoverCardLimits.Routines).WithMessage($"Daily routines must be {HandoverCardLimits.Routines:N0} characters or fewer");
        RuleFor(c => c.Risks).MaximumLength(HandoverCardLimits.Risks).WithMessage($"Risks must be {HandoverCardLimits.Risks:N0} characters or fewer");
        RuleFor(c => c.AccessToHome).MaximumLength(HandoverCardLimits.AccessToHome).WithMessage($"Getting in must be {HandoverCardLimits.AccessToHome:N0} characters or fewer");
    }
}
