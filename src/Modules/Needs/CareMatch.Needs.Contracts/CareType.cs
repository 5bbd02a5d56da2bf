namespace CareMatch.Needs.Contracts;

/// <summary>
/// The fixed taxonomy of care a seeker can ask for and a carer can offer. Stored by name,
/// so members may be added but never renamed or removed without a data migration.
/// </summary>
public enum CareType
{
    PersonalCare = 1,
    Companionship,
    DomesticHelp,
    MealPreparation,
    MedicationPrompting,
    DementiaCare,
    SittingRespite,
    Overnight,
    LiveIn,
    EscortTransport,
    EndOfLifeSupport,
}
