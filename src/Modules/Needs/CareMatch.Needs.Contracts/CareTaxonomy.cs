namespace CareMatch.Needs.Contracts;

#pragma warning disable CS8524 // every value is named (CS8509 catches a missing one); numbers outside the enum are never stored

/// <summary>
/// The words people read for each kind of care and each skill, kept beside the enums so both
/// sides of the market (seekers asking, carers offering) describe them the same way.
/// </summary>
public static class CareTaxonomy
{
    public static string Describe(CareType careType) => careType switch
    {
        CareType.PersonalCare => "Personal care",
        CareType.Companionship => "Companionship",
        CareType.DomesticHelp => "Domestic help",
        CareType.MealPreparation => "Meal preparation",
        CareType.MedicationPrompting => "Medication prompting",
        CareType.DementiaCare => "Dementia care",
        CareType.SittingRespite => "Sitting or respite",
        CareType.Overnight => "Overnight care",
        CareType.LiveIn => "Live-in care",
        CareType.EscortTransport => "Escort or transport",
        CareType.EndOfLifeSupport => "End-of-life support",
    };

    public static string Describe(CareSkill skill) => skill switch
    {
        CareSkill.MovingAndHandling => "Hoist, moving and handling",
        CareSkill.CatheterCare => "Catheter care",
        CareSkill.StomaCare => "Stoma care",
        CareSkill.PegFeeding => "PEG feeding",
        CareSkill.DiabetesSupport => "Diabetes support",
        CareSkill.Epilepsy => "Epilepsy",
        CareSkill.Parkinsons => "Parkinson's",
        CareSkill.StrokeRecovery => "Stroke recovery",
        CareSkill.LearningDisability => "Learning disability",
        CareSkill.Autism => "Autism",
        CareSkill.MentalHealth => "Mental health",
        CareSkill.PalliativeCare => "Palliative care",
        CareSkill.FirstAid => "First aid",
        CareSkill.FoodHygiene => "Food hygiene",
    };
}
