namespace CareMatch.Needs.Contracts;

/// <summary>
/// The fixed list of skills a request may require or prefer and a carer may hold. Stored by
/// name, so members may be added but never renamed or removed without a data migration.
/// </summary>
public enum CareSkill
{
    MovingAndHandling = 1,
    CatheterCare,
    StomaCare,
    PegFeeding,
    DiabetesSupport,
    Epilepsy,
    Parkinsons,
    StrokeRecovery,
    LearningDisability,
    Autism,
    MentalHealth,
    PalliativeCare,
    FirstAid,
    FoodHygiene,
}
