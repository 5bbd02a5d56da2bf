using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Safeguarding;

internal sealed class RaiseConcernValidator : AbstractValidator<RaiseConcern>
{
    public RaiseConcernValidator()
    {
        RuleFor(c => c.WhatHappened).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Enter what happened");
        RuleFor(c => c.WhatHappened).Must(text => text is null || text.Trim().Length <= SafeguardingText.MaxWhatHappenedLength)
            .WithMessage($"What happened must be {SafeguardingText.MaxWhatHappenedLength:N0} characters or fewer");
        RuleFor(c => c.Urgent).NotNull().WithMessage("Select yes if anyone is in immediate danger");
    }
}
