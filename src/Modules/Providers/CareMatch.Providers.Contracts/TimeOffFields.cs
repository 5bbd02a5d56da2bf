using CareMatch.SharedKernel.Input;

namespace CareMatch.Providers.Contracts;

public sealed record TimeOffFields(DateBoxes? From, DateBoxes? To)
{
    public bool IsBlank => DateBoxes.IsNullOrBlank(From) && DateBoxes.IsNullOrBlank(To);
}
