using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>Converts ISO 3166-1 alpha-2 country codes (<c>MX</c>, <c>mx</c>) to the alpha-3 codes assessments use (<c>MEX</c>).</summary>
/// <remarks>Many published data sets (IMPIC, Eurostat extracts) name countries by two letters; assessments always use three.</remarks>
public static class CountryAlpha2
{
    // ISO 3166-1 alpha-2:alpha-3 pairs, generated from Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json, 249 entries):
    // python3 -c "import json; print(' '.join(sorted(c['alpha_2'] + ':' + c['alpha_3'] for c in json.load(open('iso_3166-1.json'))['3166-1'])))"
    private const string Pairs =
        "AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AU:AUS " +
        "AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM " +
        "BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK " +
        "CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV " +
        "CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY " +
        "EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD " +
        "GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM " +
        "GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN " +
        "IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM " +
        "KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA " +
        "LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL " +
        "MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI " +
        "MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU " +
        "NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI " +
        "PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC " +
        "SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD " +
        "ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS " +
        "TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY " +
        "UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF " +
        "ZM:ZMB ZW:ZWE ";

    private static readonly Dictionary<string, string> Alpha3ByAlpha2 = Build();

    /// <summary>Gets how many alpha-2 codes the table knows.</summary>
    public static int Count => Alpha3ByAlpha2.Count;

    /// <summary>Converts an alpha-2 code, in any letter case, to its alpha-3 country code.</summary>
    /// <param name="text">The two letters (<c>mx</c>, <c>MX</c>); surrounding spaces are ignored.</param>
    /// <param name="code">The alpha-3 code, when the letters are an assigned alpha-2 code.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an assigned ISO 3166-1 alpha-2 code.</returns>
    public static bool TryConvert(string? text, out CountryCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var upper = text.Trim().ToUpperInvariant();
        return upper.Length == 2 && Alpha3ByAlpha2.TryGetValue(upper, out var alpha3) && CountryCode.TryParse(alpha3, out code);
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Pairs.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            table.Add(pair.Substring(0, 2), pair.Substring(3));
        }

        return table;
    }
}
