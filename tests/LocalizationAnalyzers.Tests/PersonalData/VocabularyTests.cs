using LocalizationAnalyzers.PersonalData;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>
/// Every row of Data/vocabulary.tsv has a hand-written expectation here (and a completeness test fails
/// when a row is added without one); the data-driven theories in <see cref="VocabularyRowTests"/> add
/// casings of every row on top.
/// </summary>
public class VocabularyTests
{
    private static readonly PersonalDataVocabulary Vocabulary = PersonalDataVocabulary.Instance;

    /// <summary>One identifier per pii row: the row's words, the category it names.</summary>
    public static readonly (string Identifier, string Words, string Category)[] PiiWords =
    {
        ("customerEmail", "email", "contact"),
        ("eMail", "e mail", "contact"),
        ("EmailAddress", "email address", "contact"),
        ("replyMailAddress", "mail address", "contact"),
        ("phone2", "phone", "contact"),
        ("thePhoneNumber", "phone number", "contact"),
        ("TELEPHONE", "telephone", "contact"),
        ("tel_no", "tel no", "contact"),
        ("TelNumber", "tel number", "contact"),
        ("theTelefon", "telefon", "contact"),
        ("patientMobile", "mobile", "contact"),
        ("MOBILE_NUMBER", "mobile number", "contact"),
        ("mobile_no", "mobile no", "contact"),
        ("MobilePhone", "mobile phone", "contact"),
        ("theCellPhone", "cell phone", "contact"),
        ("CELLPHONE", "cellphone", "contact"),
        ("cell_number", "cell number", "contact"),
        ("Msisdn", "msisdn", "contact"),
        ("theFax", "fax", "contact"),
        ("CONTACT_NUMBER", "contact number", "contact"),
        ("contact_info", "contact info", "contact"),
        ("ContactDetails", "contact details", "contact"),
        ("customerAddresses", "address", "contact"),
        ("theStreet", "street", "contact"),
        ("STREET_ADDRESS", "street address", "contact"),
        ("AddressLine1", "address line", "contact"),
        ("house_number", "house number", "contact"),
        ("PostalAddress", "postal address", "contact"),
        ("theMailingAddress", "mailing address", "contact"),
        ("SHIPPING_ADDRESS", "shipping address", "contact"),
        ("billing_address", "billing address", "contact"),
        ("DeliveryAddress", "delivery address", "contact"),
        ("theHomeAddress", "home address", "contact"),
        ("POSTAL_CODE", "postal code", "contact"),
        ("post_code", "post code", "contact"),
        ("Postcode", "postcode", "contact"),
        ("theZipCode", "zip code", "contact"),
        ("ZIPCODE", "zipcode", "contact"),
        ("adres", "adres", "contact"),
        ("YouXiang", "you xiang", "contact"),
        ("theYouxiang", "youxiang", "contact"),
        ("SHOU_JI", "shou ji", "contact"),
        ("shouji", "shouji", "contact"),
        ("Shoujihao", "shoujihao", "contact"),
        ("theSjhm", "sjhm", "contact"),
        ("DIAN_HUA", "dian hua", "contact"),
        ("dianhua", "dianhua", "contact"),
        ("Lxdh", "lxdh", "contact"),
        ("theDiZhi", "di zhi", "contact"),
        ("DIZHI", "dizhi", "contact"),
        ("customerName", "name", "name"),
        ("userDisplayName", "display name", "name"),
        ("first_name", "first name", "name"),
        ("firstname", "firstname", "name"),
        ("LastName", "last name", "name"),
        ("theLastname", "lastname", "name"),
        ("FULL_NAME", "full name", "name"),
        ("fullname", "fullname", "name"),
        ("GivenName", "given name", "name"),
        ("theFamilyName", "family name", "name"),
        ("MIDDLE_NAME", "middle name", "name"),
        ("surname", "surname", "name"),
        ("Forename", "forename", "name"),
        ("theMaidenName", "maiden name", "name"),
        ("LEGAL_NAME", "legal name", "name"),
        ("real_name", "real name", "name"),
        ("PreferredName", "preferred name", "name"),
        ("theNickName", "nick name", "name"),
        ("NICKNAME", "nickname", "name"),
        ("patronymic", "patronymic", "name"),
        ("FIO", "fio", "name"),
        ("Familiya", "familiya", "name"),
        ("theImya", "imya", "name"),
        ("OTCHESTVO", "otchestvo", "name"),
        ("xing_ming", "xing ming", "name"),
        ("Xingming", "xingming", "name"),
        ("SSN", "ssn", "government_id"),
        ("theSocialSecurityNumber", "social security number", "government_id"),
        ("SOCIAL_SECURITY", "social security", "government_id"),
        ("social_insurance_number", "social insurance number", "government_id"),
        ("NationalInsuranceNumber", "national insurance number", "government_id"),
        ("theNationalId", "national id", "government_id"),
        ("NATIONAL_IDENTITY_NUMBER", "national identity number", "government_id"),
        ("ID_CARD_NO", "id card", "government_id"),
        ("idcard", "idcard", "government_id"),
        ("IdentityCard", "identity card", "government_id"),
        ("theIdNumber", "id number", "government_id"),
        ("ID_NO", "id no", "government_id"),
        ("identity_number", "identity number", "government_id"),
        ("IdentityDocument", "identity document", "government_id"),
        ("theIdDocument", "id document", "government_id"),
        ("CITIZEN_ID", "citizen id", "government_id"),
        ("resident_id", "resident id", "government_id"),
        ("ResidencePermit", "residence permit", "government_id"),
        ("thePassport", "passport", "government_id"),
        ("PASSPORT_NUMBER", "passport number", "government_id"),
        ("passport_no", "passport no", "government_id"),
        ("PassportSeries", "passport series", "government_id"),
        ("thePasport", "pasport", "government_id"),
        ("SERIYA_PASPORTA", "seriya pasporta", "government_id"),
        ("driver_license", "driver license", "government_id"),
        ("DriverLicence", "driver licence", "government_id"),
        ("theDriversLicense", "drivers license", "government_id"),
        ("DRIVERS_LICENCE", "drivers licence", "government_id"),
        ("driving_license", "driving license", "government_id"),
        ("DrivingLicence", "driving licence", "government_id"),
        ("theTaxId", "tax id", "government_id"),
        ("TAX_NUMBER", "tax number", "government_id"),
        ("taxpayer_id", "taxpayer id", "government_id"),
        ("Itin", "itin", "government_id"),
        ("theVoterId", "voter id", "government_id"),
        ("MILITARY_ID", "military id", "government_id"),
        ("shenFenZhengHao", "shen fen zheng", "government_id"),
        ("shenfenzheng", "shenfenzheng", "government_id"),
        ("Sfz", "sfz", "government_id"),
        ("theSfzh", "sfzh", "government_id"),
        ("SFZHM", "sfzhm", "government_id"),
        ("gmsfhm", "gmsfhm", "government_id"),
        ("Zjhm", "zjhm", "government_id"),
        ("theHuZhao", "hu zhao", "government_id"),
        ("HUZHAO", "huzhao", "government_id"),
        ("hukou", "hukou", "government_id"),
        ("HuKou", "hu kou", "government_id"),
        ("SNILS", "snils", "government_id"),
        ("INN", "inn", "government_id"),
        ("thePolis", "polis", "government_id"),
        ("OMS_POLIS", "oms polis", "government_id"),
        ("aadhaar", "aadhaar", "government_id"),
        ("Aadhar", "aadhar", "government_id"),
        ("thePanCard", "pan card", "government_id"),
        ("PAN_NUMBER", "pan number", "government_id"),
        ("cpf", "cpf", "government_id"),
        ("Nric", "nric", "government_id"),
        ("thePersonnummer", "personnummer", "government_id"),
        ("IBAN", "iban", "financial"),
        ("BANK_ACCOUNT", "bank account", "financial"),
        ("account_number", "account number", "financial"),
        ("AccountNo", "account no", "financial"),
        ("theCardNumber", "card number", "financial"),
        ("CARD_NO", "card no", "financial"),
        ("credit_card", "credit card", "financial"),
        ("DebitCard", "debit card", "financial"),
        ("theBankCard", "bank card", "financial"),
        ("CVV", "cvv", "financial"),
        ("cvc", "cvc", "financial"),
        ("Salary", "salary", "financial"),
        ("theCreditScore", "credit score", "financial"),
        ("YIN_HANG_KA", "yin hang ka", "financial"),
        ("yinhangka", "yinhangka", "financial"),
        ("Yhkh", "yhkh", "financial"),
        ("theDiagnosis", "diagnosis", "health"),
        ("DIAGNOSES", "diagnoses", "health"),
        ("medical_record", "medical record", "health"),
        ("MedicalHistory", "medical history", "health"),
        ("theMedicalCondition", "medical condition", "health"),
        ("HEALTH_RECORD", "health record", "health"),
        ("health_condition", "health condition", "health"),
        ("HealthInsuranceNumber", "health insurance number", "health"),
        ("theMrn", "mrn", "health"),
        ("BLOOD_TYPE", "blood type", "health"),
        ("blood_group", "blood group", "health"),
        ("Allergy", "allergy", "health"),
        ("theAllergies", "allergies", "health"),
        ("MEDICATION", "medication", "health"),
        ("prescription", "prescription", "health"),
        ("Disability", "disability", "health"),
        ("theDisabilities", "disabilities", "health"),
        ("SYMPTOM", "symptom", "health"),
        ("disease", "disease", "health"),
        ("Illness", "illness", "health"),
        ("theIcdCode", "icd code", "health"),
        ("PREGNANCY", "pregnancy", "health"),
        ("vaccination", "vaccination", "health"),
        ("MentalHealth", "mental health", "health"),
        ("theLabResult", "lab result", "health"),
        ("BLOOD_PRESSURE", "blood pressure", "health"),
        ("heart_rate", "heart rate", "health"),
        ("Bmi", "bmi", "health"),
        ("theBingLi", "bing li", "health"),
        ("BINGLI", "bingli", "health"),
        ("fingerprint", "fingerprint", "biometric"),
        ("FingerPrint", "finger print", "biometric"),
        ("theFaceId", "face id", "biometric"),
        ("FACEID", "faceid", "biometric"),
        ("face_image", "face image", "biometric"),
        ("FacePhoto", "face photo", "biometric"),
        ("theFaceTemplate", "face template", "biometric"),
        ("FACE_EMBEDDING", "face embedding", "biometric"),
        ("face_encoding", "face encoding", "biometric"),
        ("FaceFeature", "face feature", "biometric"),
        ("theFacialFeature", "facial feature", "biometric"),
        ("IRIS", "iris", "biometric"),
        ("iris_scan", "iris scan", "biometric"),
        ("RetinaScan", "retina scan", "biometric"),
        ("theVoicePrint", "voice print", "biometric"),
        ("VOICEPRINT", "voiceprint", "biometric"),
        ("palm_print", "palm print", "biometric"),
        ("Palmprint", "palmprint", "biometric"),
        ("theBiometric", "biometric", "biometric"),
        ("DNA", "dna", "biometric"),
        ("ren_lian", "ren lian", "biometric"),
        ("Renlian", "renlian", "biometric"),
        ("theZhiWen", "zhi wen", "biometric"),
        ("ZHIWEN", "zhiwen", "biometric"),
        ("latitude", "latitude", "location"),
        ("Longitude", "longitude", "location"),
        ("theLat", "lat", "location"),
        ("LNG", "lng", "location"),
        ("lon", "lon", "location"),
        ("LatLng", "lat lng", "location"),
        ("theLatlng", "latlng", "location"),
        ("LAT_LON", "lat lon", "location"),
        ("GPS", "gps", "location"),
        ("gps_location", "gps location", "location"),
        ("GeoLocation", "geo location", "location"),
        ("theGeolocation", "geolocation", "location"),
        ("GEO_COORDINATE", "geo coordinate", "location"),
        ("gps_coordinate", "gps coordinate", "location"),
        ("Geohash", "geohash", "location"),
        ("theGeoPoint", "geo point", "location"),
        ("LOCATION_HISTORY", "location history", "location"),
        ("last_known_location", "last known location", "location"),
        ("PreciseLocation", "precise location", "location"),
        ("theWhereabouts", "whereabouts", "location"),
        ("JING_WEI_DU", "jing wei du", "location"),
        ("jingweidu", "jingweidu", "location"),
        ("IpAddress", "ip address", "online_id"),
        ("theIpAddr", "ip addr", "online_id"),
        ("clientIp", "ip", "online_id"),
        ("REMOTE_IP", "remote ip", "online_id"),
        ("RemoteIpAddress", "remote ip address", "online_id"),
        ("remote_address", "remote address", "online_id"),
        ("RemoteAddr", "remote addr", "online_id"),
        ("ipv4Address", "ipv 4 address", "online_id"),
        ("IPv6Address", "ipv 6 address", "online_id"),
        ("X_FORWARDED_FOR", "x forwarded for", "online_id"),
        ("theMacAddress", "mac address", "online_id"),
        ("DEVICE_ID", "device id", "online_id"),
        ("device_identifier", "device identifier", "online_id"),
        ("DeviceToken", "device token", "online_id"),
        ("thePushToken", "push token", "online_id"),
        ("DEVICE_FINGERPRINT", "device fingerprint", "online_id"),
        ("browser_fingerprint", "browser fingerprint", "online_id"),
        ("IMEI", "imei", "online_id"),
        ("Imsi", "imsi", "online_id"),
        ("theIdfa", "idfa", "online_id"),
        ("IDFV", "idfv", "online_id"),
        ("gaid", "gaid", "online_id"),
        ("Oaid", "oaid", "online_id"),
        ("theAndroidId", "android id", "online_id"),
        ("ADVERTISING_ID", "advertising id", "online_id"),
        ("cookie_id", "cookie id", "online_id"),
        ("VisitorId", "visitor id", "online_id"),
        ("theAnonymousId", "anonymous id", "online_id"),
        ("USER_NAME", "user name", "online_id"),
        ("username", "username", "online_id"),
        ("LoginName", "login name", "online_id"),
        ("theScreenName", "screen name", "online_id"),
        ("OPEN_ID", "open id", "online_id"),
        ("openid", "openid", "online_id"),
        ("UnionId", "union id", "online_id"),
        ("theUnionid", "unionid", "online_id"),
        ("WECHAT_ID", "wechat id", "online_id"),
        ("DateOfBirth", "date of birth", "birth_date"),
        ("birth_date", "birth date", "birth_date"),
        ("Birthdate", "birthdate", "birth_date"),
        ("theBirthday", "birthday", "birth_date"),
        ("BIRTH_DAY", "birth day", "birth_date"),
        ("DOB", "dob", "birth_date"),
        ("sheng_ri", "sheng ri", "birth_date"),
        ("Shengri", "shengri", "birth_date"),
        ("theChuShengRiQi", "chu sheng ri qi", "birth_date"),
        ("CHUSHENGRIQI", "chushengriqi", "birth_date"),
        ("csrq", "csrq", "birth_date"),
        ("DataRozhdeniya", "data rozhdeniya", "birth_date"),
        ("theGender", "gender", "demographic"),
        ("SEX", "sex", "demographic"),
        ("xing_bie", "xing bie", "demographic"),
        ("Xingbie", "xingbie", "demographic"),
        ("theNationality", "nationality", "demographic"),
        ("MARITAL_STATUS", "marital status", "demographic"),
        ("ethnicity", "ethnicity", "demographic"),
        ("EthnicGroup", "ethnic group", "demographic"),
        ("theEthnicOrigin", "ethnic origin", "demographic"),
        ("RACE", "race", "demographic"),
        ("min_zu", "min zu", "demographic"),
        ("Minzu", "minzu", "demographic"),
        ("theReligion", "religion", "demographic"),
        ("RELIGIOUS_BELIEF", "religious belief", "demographic"),
        ("political_opinion", "political opinion", "demographic"),
        ("PoliticalAffiliation", "political affiliation", "demographic"),
        ("thePoliticalParty", "political party", "demographic"),
        ("SEXUAL_ORIENTATION", "sexual orientation", "demographic"),
        ("trade_union", "trade union", "demographic"),
        ("UnionMembership", "union membership", "demographic"),

        // mainland China naming (the block at the end of vocabulary.tsv)
        ("ContactTel", "tel", "contact"),
        ("ConsigneeMobile", "consignee mobile", "contact"),
        ("consignee_phone", "consignee phone", "contact"),
        ("CONSIGNEE_TEL", "consignee tel", "contact"),
        ("ReceiverMobile", "receiver mobile", "contact"),
        ("receiver_tel", "receiver tel", "contact"),
        ("ConsigneeAddress", "consignee address", "contact"),
        ("YouBian", "you bian", "contact"),
        ("theYoubian", "youbian", "contact"),
        ("theConsignee", "consignee", "name"),
        ("ReceiverName", "receiver name", "name"),
        ("ContactPerson", "contact person", "name"),
        ("LIAN_XI_REN", "lian xi ren", "name"),
        ("lianxiren", "lianxiren", "name"),
        ("ShouHuoRen", "shou huo ren", "name"),
        ("SHOUHUOREN", "shouhuoren", "name"),
        ("CertNo", "cert no", "government_id"),
        ("zheng_jian_hao", "zheng jian hao", "government_id"),
        ("Zhengjianhao", "zhengjianhao", "government_id"),
        ("AlipayUserId", "alipay user id", "online_id"),
        ("alipay_account", "alipay account", "online_id"),
        ("BuyerLogonId", "buyer logon id", "online_id"),
        ("LastLoginIp", "login ip", "online_id"),
        ("registerIp", "register ip", "online_id"),
        ("WeiXinHao", "wei xin hao", "online_id"),
        ("weixinhao", "weixinhao", "online_id"),
        ("QqHao", "qq hao", "online_id"),
        ("QQHAO", "qqhao", "online_id"),
    };

    /// <summary>One identifier per exclusion row, which that exclusion keeps from counting.</summary>
    public static readonly (string Identifier, string Exclusion)[] Exclusions =
    {
        ("HttpBaseAddress", "base address"),
        ("smtpServerAddress", "server address"),
        ("HostAddress", "host address"),
        ("EndpointAddress", "endpoint address"),
        ("serviceAddress", "service address"),
        ("LISTEN_ADDRESS", "listen address"),
        ("bindAddress", "bind address"),
        ("ProxyAddress", "proxy address"),
        ("gatewayAddress", "gateway address"),
        ("KafkaBrokerAddress", "broker address"),
        ("nodeAddress", "node address"),
        ("LocalAddress", "local address"),
        ("loopbackAddress", "loopback address"),
        ("BroadcastAddress", "broadcast address"),
        ("multicastAddresses", "multicast address"),
        ("NetworkAddress", "network address"),
        ("memoryAddress", "memory address"),
        ("VirtualAddress", "virtual address"),
        ("webAddress", "web address"),
        ("ContractAddress", "contract address"),
        ("IpAddressFamily", "address family"),
        ("AddressSpace", "address space"),
        ("addressPrefix", "address prefix"),
        ("allowedIpAddressRange", "address range"),
        ("emailTemplateId", "email template"),
        ("EmailSubject", "email subject"),
        ("emailBody", "email body"),
        ("EmailServer", "email server"),
        ("EMAIL_HOST", "email host"),
        ("emailDomain", "email domain"),
        ("PhoneCountryCode", "phone country code"),
        ("GiftCardNumber", "gift card number"),
        ("CertificateFingerprint", "certificate fingerprint"),
        ("certFingerprint", "cert fingerprint"),
        ("PublicKeyFingerprint", "key fingerprint"),
        ("SshFingerprint", "ssh fingerprint"),
        ("tlsFingerprint", "tls fingerprint"),
        ("BuildFingerprint", "build fingerprint"),
        ("fileFingerprint", "file fingerprint"),
        ("OpenIdConnect", "open id connect"),
        ("OPENID_CONNECT", "openid connect"),
        ("RaceCondition", "race condition"),
        ("FileName", "file name"),
        ("HostName", "host name"),
        ("TypeName", "type name"),
        ("NameSpace", "name space"),
        ("ColumnName", "column name"),
        ("ClientName", "client name"),
        ("MemberName", "member name"),
        ("NoReplyAddress", "no reply address"),
        ("noReplyEmail", "no reply email"),
        ("NoreplyAddress", "noreply address"),
        ("NOREPLY_EMAIL", "noreply email"),
        ("SupportEmail", "support email"),
        ("supportPhoneNumber", "support phone"),
        ("ServiceAccountEmail", "service account email"),
        ("SystemEmail", "system email"),

        // mainland China naming
        ("UserMobileApp", "mobile app"),
        ("ClientIpRange", "ip range"),
        ("clientIpWhitelist", "ip whitelist"),
    };

    /// <summary>One identifier per metadata word, in which it follows a pii word.</summary>
    public static readonly (string Identifier, string Word)[] MetadataWords =
    {
        ("customerEmailType", "type"),
        ("PhoneKind", "kind"),
        ("customerAddressFormat", "format"),
        ("PassportNumberPattern", "pattern"),
        ("customerIbanRegex", "regex"),
        ("SmsPhoneTemplate", "template"),
        ("customerPhoneValidator", "validator"),
        ("AddressValidation", "validation"),
        ("customerPassportNumberVerification", "verification"),
        ("IbanConfirmation", "confirmation"),
        ("customerEmailLabel", "label"),
        ("PhonePlaceholder", "placeholder"),
        ("customerAddressHint", "hint"),
        ("PassportNumberCount", "count"),
        ("customerIbanLength", "length"),
        ("EmailEnabled", "enabled"),
        ("customerPhoneRequired", "required"),
        ("AddressVerified", "verified"),
        ("customerPassportNumberConfirmed", "confirmed"),
        ("IbanStatus", "status"),
        ("customerEmailCode", "code"),
        ("PhoneToken", "token"),
        ("customerAddressLink", "link"),
        ("PassportNumberUrl", "url"),
        ("customerIbanUri", "uri"),
        ("EmailPath", "path"),
        ("customerPhoneColumn", "column"),
        ("AddressField", "field"),
        ("customerPassportNumberAttribute", "attribute"),
        ("IbanService", "service"),
        ("customerEmailClient", "client"),
        ("PhoneSender", "sender"),
        ("customerAddressProvider", "provider"),
        ("PassportNumberFactory", "factory"),
        ("customerIbanBuilder", "builder"),
        ("EmailParser", "parser"),
        ("customerPhoneFormatter", "formatter"),
        ("AddressConverter", "converter"),
        ("customerPassportNumberSerializer", "serializer"),
        ("IbanHandler", "handler"),
        ("customerEmailManager", "manager"),
        ("PhoneHelper", "helper"),
        ("customerAddressRepository", "repository"),
        ("PassportNumberController", "controller"),
        ("customerIbanEndpoint", "endpoint"),
        ("EmailQueue", "queue"),
        ("customerPhoneJob", "job"),
        ("AddressWorker", "worker"),
        ("customerPassportNumberOptions", "options"),
        ("IbanSettings", "settings"),
        ("customerEmailConfig", "config"),
        ("PhoneConfiguration", "configuration"),
        ("customerAddressError", "error"),
        ("PassportNumberException", "exception"),
        ("customerIbanExtensions", "extensions"),
        ("EmailTest", "test"),
    };

    /// <summary>One identifier per person word, which lets a person-context pattern (mobile) count.</summary>
    public static readonly (string Identifier, string Person)[] PersonWords =
    {
        ("customerMobile", "customer"),
        ("UserMobile", "user"),
        ("personMobile", "person"),
        ("EmployeeMobile", "employee"),
        ("patientMobile", "patient"),
        ("ContactMobile", "contact"),
        ("clientMobile", "client"),
        ("MemberMobile", "member"),
        ("studentMobile", "student"),
        ("BuyerMobile", "buyer"),
        ("recipientMobile", "recipient"),
        ("PassengerMobile", "passenger"),
        ("guestMobile", "guest"),
        ("SubscriberMobile", "subscriber"),
        ("applicantMobile", "applicant"),
        ("HolderMobile", "holder"),
        ("cardholderMobile", "cardholder"),
        ("ConsumerMobile", "consumer"),
        ("visitorMobile", "visitor"),
        ("ShopperMobile", "shopper"),
        ("travelerMobile", "traveler"),
        ("TravellerMobile", "traveller"),
        ("participantMobile", "participant"),
        ("AttendeeMobile", "attendee"),
        ("beneficiaryMobile", "beneficiary"),
        ("BorrowerMobile", "borrower"),
        ("policyholderMobile", "policyholder"),
        ("ResidentMobile", "resident"),
        ("citizenMobile", "citizen"),
        ("DoctorMobile", "doctor"),
        ("nurseMobile", "nurse"),
        ("TeacherMobile", "teacher"),
        ("spouseMobile", "spouse"),
        ("DonorMobile", "donor"),
        ("individualMobile", "individual"),
        ("KeHuMobile", "ke hu"),
        ("kehuMobile", "kehu"),
        ("YongHuMobile", "yong hu"),
        ("yonghuMobile", "yonghu"),
        ("HuiYuanMobile", "hui yuan"),
        ("huiyuanMobile", "huiyuan"),
    };

    /// <summary>One person type name per type suffix.</summary>
    public static readonly (string TypeName, string Suffix)[] TypeSuffixes =
    {
        ("CustomerDTO", "dto"),
        ("PatientModel", "model"),
        ("UserView", "view"),
        ("EmployeeVM", "vm"),
        ("PersonEntity", "entity"),
        ("CustomerRecord", "record"),
        ("PatientInfo", "info"),
        ("UserDetails", "details"),
        ("EmployeeDetail", "detail"),
        ("PersonData", "data"),
        ("CustomerRequest", "request"),
        ("PatientResponse", "response"),
        ("UserCommand", "command"),
        ("EmployeeQuery", "query"),
        ("PersonInput", "input"),
        ("CustomerOutput", "output"),
        ("PatientForm", "form"),
        ("UserPayload", "payload"),
        ("EmployeeDocument", "document"),
        ("PersonSnapshot", "snapshot"),
        ("CustomerSummary", "summary"),
        ("PatientItem", "item"),
        ("UserROW", "row"),
        ("EmployeeResource", "resource"),
        ("PersonContract", "contract"),
        ("CustomerProfile", "profile"),
        ("PatientBase", "base"),
        ("UserImpl", "impl"),
        ("EmployeeAggregate", "aggregate"),
        ("PersonDAO", "dao"),
        ("CustomerVO", "vo"),
        ("PatientPO", "po"),
        ("UserBO", "bo"),
    };

    public static TheoryData<string, string, string> PiiWordCases() => ToTheory(PiiWords, c => (c.Identifier, c.Words, c.Category));

    public static TheoryData<string, string> ExclusionCases() => ToTheory(Exclusions, c => (c.Identifier, c.Exclusion));

    public static TheoryData<string, string> MetadataCases() => ToTheory(MetadataWords, c => (c.Identifier, c.Word));

    public static TheoryData<string, string> PersonCases() => ToTheory(PersonWords, c => (c.Identifier, c.Person));

    public static TheoryData<string, string> TypeSuffixCases() => ToTheory(TypeSuffixes, c => (c.TypeName, c.Suffix));

    [Fact]
    public void The_data_files_load_without_problems()
    {
        Assert.Empty(Vocabulary.Problems);
        Assert.Empty(WellKnownPersonalData.Instance.Problems);
    }

    [Fact]
    public void Vocabulary_size_per_category()
    {
        var counts = Vocabulary.Entries.Where(e => e.Kind == VocabularyKind.Pii)
            .GroupBy(e => e.Category.ToName())
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["contact"] = 59, ["name"] = 33, ["government_id"] = 61, ["financial"] = 16, ["health"] = 30,
                ["biometric"] = 24, ["location"] = 22, ["online_id"] = 46, ["birth_date"] = 12, ["demographic"] = 20,
            },
            counts);
        Assert.Equal(60, Vocabulary.Entries.Count(e => e.Kind == VocabularyKind.Exclude));
    }

    [Theory]
    [MemberData(nameof(PiiWordCases))]
    public void Each_vocabulary_word_names_its_category(string identifier, string words, string category)
    {
        var entry = Vocabulary.Match(IdentifierWords.Split(identifier), personType: false);

        Assert.NotNull(entry);
        Assert.Equal(words, entry.Text);
        Assert.Equal(category, entry.Category.ToName());
    }

    [Fact]
    public void Every_vocabulary_row_has_a_hand_written_expectation()
    {
        AssertSameRows(VocabularyKind.Pii, PiiWords.Select(c => c.Words));
        AssertSameRows(VocabularyKind.Exclude, Exclusions.Select(c => c.Exclusion));
        AssertSameRows(VocabularyKind.Metadata, MetadataWords.Select(c => c.Word));
        AssertSameRows(VocabularyKind.Person, PersonWords.Select(c => c.Person));
        AssertSameRows(VocabularyKind.TypeSuffix, TypeSuffixes.Select(c => c.Suffix));
    }

    [Theory]
    [MemberData(nameof(ExclusionCases))]
    public void Each_exclusion_keeps_its_identifier_from_counting(string identifier, string exclusion)
    {
        var words = IdentifierWords.Split(identifier);

        var readings = Vocabulary.Read(words, personType: true);

        Assert.Contains(readings, r => r.Verdict == HitVerdict.Excluded && r.Reason == exclusion);
        Assert.Null(Vocabulary.Match(words, personType: true));
    }

    [Theory]
    [MemberData(nameof(MetadataCases))]
    public void Each_metadata_word_after_a_pii_word_describes_the_data(string identifier, string word)
    {
        var words = IdentifierWords.Split(identifier);

        var readings = Vocabulary.Read(words, personType: true);

        Assert.Equal(HitVerdict.Metadata, Assert.Single(readings).Verdict);
        Assert.Equal(word, readings[0].Reason);
        Assert.Null(Vocabulary.Match(words, personType: true));
    }

    [Theory]
    [MemberData(nameof(PersonCases))]
    public void Each_person_word_lets_a_person_context_pattern_count(string identifier, string person)
    {
        var words = IdentifierWords.Split(identifier);

        Assert.Equal("mobile", Vocabulary.Match(words, personType: false)?.Text);
        Assert.Equal(person, string.Join(" ", words.Take(words.Length - 1)));
    }

    [Theory]
    [MemberData(nameof(TypeSuffixCases))]
    public void Each_type_suffix_is_dropped_before_the_person_check(string typeName, string suffix)
    {
        Assert.True(Vocabulary.IsPersonTypeName(typeName), typeName);
        Assert.False(Vocabulary.IsPersonTypeName(typeName.Substring(0, typeName.Length - suffix.Length) + "Service"));
    }

    [Theory]
    [InlineData("Name", false, null)]
    [InlineData("Name", true, "name")]
    [InlineData("name2", true, "name")]
    [InlineData("ProductName", true, null)]
    [InlineData("customerFileName", true, null)]
    [InlineData("DisplayName", false, null)]
    [InlineData("DisplayName", true, "display name")]
    [InlineData("UserName", false, "user name")]
    [InlineData("PhoneticName", false, null)]
    [InlineData("UserAgent", false, null)]
    [InlineData("HTTPServerName", true, null)]
    [InlineData("MacAddress", false, "mac address")]
    [InlineData("RemoteAddress", false, "remote address")]
    [InlineData("IPAddress", false, "ip address")]
    [InlineData("customerEmailAndPassportNumber", false, "passport number")]
    [InlineData("emailOrPhone", false, "email")]
    [InlineData("emailTemplateOrPhone", false, "phone")]
    [InlineData("Emails", false, "email")]
    [InlineData("SSNs", false, "ssn")]
    [InlineData("DeviceFingerprint", false, "device fingerprint")]
    [InlineData("FaceTemplate", false, "face template")]
    [InlineData("mobileAppVersion", false, null)]
    [InlineData("ProductMobile", false, null)]
    [InlineData("MobileDeviceId", false, "device id")]
    [InlineData("Mobile", true, "mobile")]
    [InlineData("ipRange", false, null)]
    [InlineData("Ip", true, "ip")]
    [InlineData("EmailHash", false, "email")]
    [InlineData("m_email", false, "email")]
    [InlineData("s_Phone", false, "phone")]
    [InlineData("PlaceOfBirth", false, null)]
    [InlineData("AccountName", false, null)]
    [InlineData("AccountHolderName", false, "name")]
    [InlineData("Diagnostics", false, null)]
    [InlineData("TraceId", false, null)]
    [InlineData("Latency", false, null)]
    [InlineData("UserNameClaimType", false, null)]
    [InlineData("Mobile", false, null)]
    [InlineData("MobilePhone", false, "mobile phone")]
    [InlineData("MobileApp", true, null)]
    [InlineData("Tel", false, null)]
    [InlineData("Tel", true, "tel")]
    [InlineData("Telephone", false, "telephone")]
    [InlineData("TelemetryClient", true, null)]
    [InlineData("TelemetryConfiguration", true, null)]
    [InlineData("TelephonyProvider", true, null)]
    [InlineData("ReceiverName", false, "receiver name")]
    [InlineData("MessageReceiver", true, null)]
    [InlineData("ReceiverPhone", false, "phone")]
    [InlineData("ReceiverAddress", false, "address")]
    [InlineData("RealName", false, "real name")]
    [InlineData("IdCard", false, "id card")]
    [InlineData("IdCardNo", false, "id card")]
    [InlineData("IdNumber", false, "id number")]
    [InlineData("OpenId", false, "open id")]
    [InlineData("UnionId", false, "union id")]
    [InlineData("OpenIdConnectOptions", true, null)]
    [InlineData("OpenIdConnectEvents", true, null)]
    [InlineData("OpenIdConfiguration", true, null)]
    [InlineData("OpenIddictApplication", true, null)]
    [InlineData("ClientIp", false, "ip")]
    [InlineData("ShouJiHao", false, "shou ji")]
    [InlineData("XingMing", false, "xing ming")]
    [InlineData("ShouHuoDiZhi", false, "di zhi")]
    [InlineData("ShenFenZhengHao", false, "shen fen zheng")]
    [InlineData("LianXiDianHua", false, "dian hua")]
    [InlineData("CertSerialNo", false, null)]
    public void Tricky_names(string identifier, bool personType, string? expected)
    {
        Assert.Equal(expected, Vocabulary.Match(IdentifierWords.Split(identifier), personType)?.Text);
    }

    [Theory]
    [InlineData("Gender", false)]
    [InlineData("Sex", false)]
    [InlineData("Nationality", false)]
    [InlineData("MaritalStatus", false)]
    [InlineData("XingBie", false)]
    [InlineData("Ethnicity", true)]
    [InlineData("Race", true)]
    [InlineData("MinZu", true)]
    [InlineData("Religion", true)]
    [InlineData("PoliticalOpinion", true)]
    [InlineData("SexualOrientation", true)]
    [InlineData("TradeUnion", true)]
    public void Demographic_sensitivity_is_decided_per_word(string identifier, bool sensitive)
    {
        var entry = Vocabulary.Match(IdentifierWords.Split(identifier), personType: false);

        Assert.Equal(PersonalDataCategory.Demographic, entry?.Category);
        Assert.Equal(sensitive, entry!.IsSensitive);
    }

    [Fact]
    public void Sensitivity_follows_the_category_outside_demographic()
    {
        foreach (var entry in Vocabulary.Entries.Where(e => e.Kind == VocabularyKind.Pii && e.Category != PersonalDataCategory.Demographic))
        {
            Assert.True(entry.IsSensitive == entry.Category.IsSensitive(), entry.Text);
        }

        Assert.True(PersonalDataCategory.GovernmentId.IsSensitive());
        Assert.True(PersonalDataCategory.Location.IsSensitive());
        Assert.False(PersonalDataCategory.Contact.IsSensitive());
        Assert.False(PersonalDataCategory.BirthDate.IsSensitive());
    }

    [Theory]
    [InlineData("Customer", true)]
    [InlineData("CustomerDto", true)]
    [InlineData("UserViewModel", true)]
    [InlineData("ApplicationUser", true)]
    [InlineData("VipCustomer", true)]
    [InlineData("Product", false)]
    [InlineData("UserService", false)]
    [InlineData("CustomerRepository", false)]
    [InlineData("Profile", false)]
    [InlineData("StorageAccount", false)]
    [InlineData("MemberInfo", true)]
    public void Person_type_names(string typeName, bool expected)
    {
        Assert.Equal(expected, Vocabulary.IsPersonTypeName(typeName));
    }

    [Fact]
    public void Bad_rows_are_reported_and_left_out()
    {
        var rows = LocalizationAnalyzers.Catalog.Tsv.Parse(
            "kind\twords\tcategory\tsensitive\tcontext\tnote\n" +
            "pii\temail\tcontact\tno\tany\t-\n" +
            "pii\temail\tcontact\tno\tany\t-\n" +
            "pii\tssn\tgovernment_id\tno\tany\t-\n" +
            "pii\tfoo\tbanking\tyes\tany\t-\n" +
            "pii\tbar\tcontact\tno\tsometimes\t-\n" +
            "pii\tBaz\tcontact\tno\tany\t-\n" +
            "metadata\ttwo words\t-\t-\t-\t-\n" +
            "exclude\tbase url\t-\t-\t-\t-\n" +
            "word\tqux\t-\t-\t-\t-\n");

        var vocabulary = PersonalDataVocabulary.Load(rows);

        Assert.Equal("email", Assert.Single(vocabulary.Entries).Text);
        Assert.Equal(
            new[]
            {
                "Pii 'email': duplicate row",
                "row 'pii ssn': government_id is always sensitive",
                "row 'pii foo': unknown category 'banking'",
                "row 'pii bar': context must be any or person",
                "row 'pii Baz': words must be lowercase and not empty",
                "row 'metadata two words': a metadata row is one word",
                "row 'word qux': kind must be pii, exclude, metadata, person or type_suffix",
            },
            vocabulary.Problems.Take(7));
        Assert.Equal("Exclude 'base url': contains no pii pattern, so it excludes nothing", vocabulary.Problems[7]);
    }

    private static void AssertSameRows(VocabularyKind kind, IEnumerable<string> covered)
    {
        var rows = Vocabulary.Entries.Where(e => e.Kind == kind).Select(e => e.Text).ToHashSet();
        var coveredSet = covered.ToHashSet();
        Assert.True(rows.SetEquals(coveredSet),
            $"{kind} rows without a hand-written case: {string.Join(", ", rows.Except(coveredSet))}; cases without a row: {string.Join(", ", coveredSet.Except(rows))}");
    }

    private static TheoryData<T1, T2, T3> ToTheory<TCase, T1, T2, T3>(IEnumerable<TCase> cases, Func<TCase, (T1, T2, T3)> select)
    {
        var data = new TheoryData<T1, T2, T3>();
        foreach (var (a, b, c) in cases.Select(select))
        {
            data.Add(a, b, c);
        }

        return data;
    }

    private static TheoryData<T1, T2> ToTheory<TCase, T1, T2>(IEnumerable<TCase> cases, Func<TCase, (T1, T2)> select)
    {
        var data = new TheoryData<T1, T2>();
        foreach (var (a, b) in cases.Select(select))
        {
            data.Add(a, b);
        }

        return data;
    }
}
