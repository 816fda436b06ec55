namespace LocalizationAnalyzers.PersonalData;

/// <summary>The categories of personal data that messages name (SPEC §3).</summary>
internal enum PersonalDataCategory
{
    /// <summary>
    /// Personal data whose kind is not known: a member marked [PersonalData] (or configured) whose name
    /// matches no vocabulary word, e.g. <c>[PersonalData] string Notes</c>. Messages say "personal data"
    /// rather than guess a category; it is not sensitive unless [SensitiveData] says so.
    /// </summary>
    Unspecified,
    Contact,
    Name,
    GovernmentId,
    Financial,
    Health,
    Biometric,
    Location,
    OnlineId,
    BirthDate,
    Demographic,
}

internal static class PersonalDataCategories
{
    /// <summary>The category as messages and data files spell it: contact, government_id, ...</summary>
    public static string ToName(this PersonalDataCategory category) => category switch
    {
        PersonalDataCategory.Contact => "contact",
        PersonalDataCategory.Name => "name",
        PersonalDataCategory.GovernmentId => "government_id",
        PersonalDataCategory.Financial => "financial",
        PersonalDataCategory.Health => "health",
        PersonalDataCategory.Biometric => "biometric",
        PersonalDataCategory.Location => "location",
        PersonalDataCategory.OnlineId => "online_id",
        PersonalDataCategory.BirthDate => "birth_date",
        PersonalDataCategory.Demographic => "demographic",
        _ => "personal_data",
    };

    /// <summary>Parses a name written by <see cref="ToName"/>; null for anything else.</summary>
    public static PersonalDataCategory? Parse(string name) => name switch
    {
        "contact" => PersonalDataCategory.Contact,
        "name" => PersonalDataCategory.Name,
        "government_id" => PersonalDataCategory.GovernmentId,
        "financial" => PersonalDataCategory.Financial,
        "health" => PersonalDataCategory.Health,
        "biometric" => PersonalDataCategory.Biometric,
        "location" => PersonalDataCategory.Location,
        "online_id" => PersonalDataCategory.OnlineId,
        "birth_date" => PersonalDataCategory.BirthDate,
        "demographic" => PersonalDataCategory.Demographic,
        "personal_data" => PersonalDataCategory.Unspecified,
        _ => null,
    };

    /// <summary>
    /// Whether every piece of data of the category is sensitive personal information (PIPL Art. 28):
    /// true for government_id, financial, health, biometric and location. Demographic data is
    /// sensitive per kind (ethnicity, religion: yes; gender: no), decided by the vocabulary word.
    /// </summary>
    public static bool IsSensitive(this PersonalDataCategory category) => category is
        PersonalDataCategory.GovernmentId or
        PersonalDataCategory.Financial or
        PersonalDataCategory.Health or
        PersonalDataCategory.Biometric or
        PersonalDataCategory.Location;
}
