using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Model;

/// <summary>An ISO 3166-1 alpha-3 country code (<c>MEX</c>), or a user-assigned code (<c>XMA</c>) for examples and regions.</summary>
public readonly record struct CountryCode
{
    // ISO 3166-1 alpha-3, as published in Debian's iso-codes.
    private const string Assigned =
        "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR " +
        "BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG " +
        "COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH " +
        "FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY " +
        "HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM " +
        "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL " +
        "MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR " +
        "NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU " +
        "SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA " +
        "TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB " +
        "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE ";

    private static readonly HashSet<string> AssignedCodes = new(Assigned.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private CountryCode(string value) => Value = value;

    /// <summary>Gets every assigned ISO 3166-1 alpha-3 code, sorted, for lists and tab completion; user-assigned codes are valid too but not listed.</summary>
    public static IReadOnlyList<CountryCode> All { get; } = Assigned
        .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
        .OrderBy(c => c, StringComparer.Ordinal)
        .Select(c => new CountryCode(c))
        .ToList();

    /// <summary>Gets the three upper-case letters.</summary>
    public string Value { get; }

    /// <summary>Gets whether the code is one of the ranges ISO leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ).</summary>
    public bool IsUserAssigned => IsUserAssignedCode(Value);

    /// <summary>Reads a country code, accepting any letter case.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is an assigned or user-assigned alpha-3 code.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var upper = text.Trim().ToUpperInvariant();
        if (upper.Length != 3 || !(IsLetter(upper[0]) && IsLetter(upper[1]) && IsLetter(upper[2])))
        {
            return false;
        }

        if (!AssignedCodes.Contains(upper) && !IsUserAssignedCode(upper))
        {
            return false;
        }

        code = new CountryCode(upper);
        return true;
    }

    /// <summary>Reads a country code.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an assigned or user-assigned alpha-3 code.</exception>
    public static CountryCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-3 country code.");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    private static bool IsLetter(char c) => c >= 'A' && c <= 'Z';

    private static bool IsUserAssignedCode(string code) =>
        code.Length == 3 &&
        ((code[0] == 'A' && code[1] == 'A') ||
         (code[0] == 'Q' && code[1] >= 'M') ||
         code[0] == 'X' ||
         (code[0] == 'Z' && code[1] == 'Z'));
}
