namespace CareMatch.Needs.Contracts;

/// <summary>Who pays: the seeker, or the council through a personal budget.</summary>
public enum FundingSource
{
    SelfFunded = 1,
    PersonalBudget,
}
