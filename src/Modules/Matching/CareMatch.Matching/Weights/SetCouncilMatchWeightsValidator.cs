using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Scores;
using FluentValidation;

namespace CareMatch.Matching.Weights;

/// <summary>
/// Each weight at its own field: present, a number, 0 to 100. Then the whole: at least one
/// above zero (shown at the first field), and the new-carer boost at most 15% of the total.
/// </summary>
internal sealed class SetCouncilMatchWeightsValidator : AbstractValidator<SetCouncilMatchWeights>
{
    public SetCouncilMatchWeightsValidator()
    {
        Weight(c => c.Continuity, "continuity");
        Weight(c => c.Distance, "distance");
        Weight(c => c.Preferences, "preferences");
        Weight(c => c.Rating, "rating");
        Weight(c => c.Reliability, "reliability");
        Weight(c => c.Price, "price");
        Weight(c => c.Responsiveness, "responsiveness");
        Weight(c => c.NewCarerBoost, "new-carer boost");

        When(AllNumbers, () =>
        {
            RuleFor(c => c.Continuity)
                .Must((c, _) => CouncilWeightsRules.WeightsOf(c).Total > 0)
                .WithMessage("At least one weight must be above zero");
            RuleFor(c => c.NewCarerBoost)
                .Must((c, _) => CouncilWeightsRules.WeightsOf(c) is var w && w.NewCarerBoost <= MatchWeights.MaxNewCarerBoostShare * w.Total)
                .WithMessage($"The new-carer boost can be at most {MatchWeights.MaxNewCarerBoostShare * 100:0}% of all the weights added together");
        });
    }

    private static bool AllNumbers(SetCouncilMatchWeights c) =>
        new[] { c.Continuity, c.Distance, c.Preferences, c.Rating, c.Reliability, c.Price, c.Responsiveness, c.NewCarerBoost }
            .All(text => WeightText.Parse(text) is >= 0 and <= WeightText.Max);

    private void Weight(System.Linq.Expressions.Expression<Func<SetCouncilMatchWeights, string?>> field, string name) =>
        RuleFor(field).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Enter a weight for {name}, such as 1 or 1.5")
            .Must(text => WeightText.Parse(text) is not null).WithMessage($"The {name} weight must be a number, such as 1 or 1.5")
            .Must(text => WeightText.Parse(text) is >= 0 and <= WeightText.Max).WithMessage($"The {name} weight must be between 0 and {WeightText.Max:0}");
}
