using System;
using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>The fixed words of reports, in Spanish and English, keyed in camelCase for templates (<c>{{labels.largestGaps}}</c>).</summary>
/// <remarks>Words the rest of the tool also uses come from <see cref="Labels"/>; the ones only reports need are listed here.</remarks>
internal static class ReportWords
{
    // Template key -> Labels key, for the words shared with the rest of the tool.
    private static readonly (string Key, string LabelsKey)[] Shared =
    {
        ("law", "law"), ("practice", "practice"), ("gap", "gap"), ("netGap", "net-gap"), ("absoluteGap", "absolute-gap"),
        ("coherence", "coherence"), ("coverage", "coverage"), ("group", "group"), ("groups", "groups"), ("dimension", "dimension"),
        ("indicator", "indicator"), ("country", "country"), ("period", "period"), ("overall", "overall"), ("class", "class"),
        ("evidence", "evidence"), ("notes", "notes"), ("confidence", "confidence"), ("question", "question"), ("level", "level"),
        ("answered", "answered"), ("applicable", "applicable"), ("notApplicable", "not-applicable"), ("unknown", "unknown"),
        ("insufficientData", "insufficient-data"), ("coherentHigh", "coherent-high"), ("coherentLow", "coherent-low"),
        ("implementationGap", "implementation-gap"), ("practiceAheadOfLaw", "practice-ahead-of-law"), ("rubric", "rubric"),
        ("version", "version"), ("low", "low"), ("medium", "medium"), ("high", "high"),
        ("government", "role.government"), ("civilSociety", "role.civil-society"), ("independent", "role.independent"),
    };

    private static readonly Dictionary<string, string[]> Own = new(StringComparer.Ordinal)
    {
        // key: { en, es }
        ["countryProfile"] = new[] { "Country profile", "Perfil de país" },
        ["regionalComparison"] = new[] { "Regional comparison", "Comparación regional" },
        ["headline"] = new[] { "Headline figures", "Cifras principales" },
        ["headlineNote"] = new[] { "Scores from 0 to 100. Coherence is 100 minus the distance between law and practice: 100 means that practice matches the law.", "Puntuaciones de 0 a 100. La coherencia es 100 menos la distancia entre la ley y la práctica: 100 significa que la práctica corresponde a la ley." },
        ["heatMap"] = new[] { "Coherence by migrant group and dimension", "Coherencia por grupo de personas migrantes y dimensión" },
        ["heatMapNote"] = new[] { "Each cell shows the coherence (0–100). L>P: law ahead of practice; P>L: practice ahead of law.", "Cada celda muestra la coherencia (0–100). L>P: la ley va por delante de la práctica; P>L: la práctica va por delante de la ley." },
        ["lawVsPractice"] = new[] { "Law and practice by migrant group", "Ley y práctica por grupo de personas migrantes" },
        ["largestGaps"] = new[] { "Largest implementation gaps: law ahead of practice", "Mayores brechas de implementación: la ley por delante de la práctica" },
        ["largestGapsNote"] = new[] { "Indicators where what the law provides is least applied, largest gap first.", "Indicadores en los que lo que la ley establece se aplica menos, de mayor a menor brecha." },
        ["practiceAhead"] = new[] { "Where practice runs ahead of law", "Donde la práctica va por delante de la ley" },
        ["practiceAheadNote"] = new[] { "Indicators where more is done than the law provides or backs.", "Indicadores en los que se hace más de lo que la ley establece o respalda." },
        ["noneFound"] = new[] { "None found.", "No se encontró ninguno." },
        ["moreNotShown"] = new[] { "more not shown", "más sin mostrar" },
        ["dataGaps"] = new[] { "Unanswered areas and insufficient data", "Áreas sin respuesta y datos insuficientes" },
        ["dataGapsNone"] = new[] { "Every applicable indicator was answered for law and practice.", "Se respondieron la ley y la práctica de todos los indicadores aplicables." },
        ["notAssessed"] = new[] { "Not assessed", "No evaluado" },
        ["notAssessedGroups"] = new[] { "Migrant groups not assessed: no indicator was answered for them, so they have no score (not a score of zero).", "Grupos de personas migrantes no evaluados: no se respondió ningún indicador, por lo que no tienen puntuación (no es una puntuación de cero)." },
        ["insufficientAreas"] = new[] { "Areas without a score because too little was answered", "Áreas sin puntuación porque se respondió muy poco" },
        ["unansweredIndicators"] = new[] { "Indicators without a complete answer", "Indicadores sin respuesta completa" },
        ["missingLaw"] = new[] { "law not answered", "falta la ley" },
        ["missingPractice"] = new[] { "practice not answered", "falta la práctica" },
        ["missingBoth"] = new[] { "not answered", "sin respuesta" },
        ["markedUnknown"] = new[] { "marked unknown", "marcado como desconocido" },
        ["noData"] = new[] { "no data", "sin datos" },
        ["insufficientShort"] = new[] { "insuff.", "insuf." },
        ["notApplicableShort"] = new[] { "n/a", "n/a" },
        ["coverageBelow"] = new[] { "coverage {0} below the minimum {1}", "cobertura de {0}, por debajo del mínimo de {1}" },
        ["method"] = new[] { "Method and provenance", "Método y procedencia" },
        ["methodText"] = new[] { "Each indicator is rated twice for each migrant group: what the law provides (de jure) and what is implemented in practice (de facto), both on a 0–100 scale. The gap is law minus practice; coherence is 100 minus the absolute gap. Scores are combined by dimension and group with the rubric's weights. Where too little was answered, no score is computed: missing answers are never counted as zero.", "Cada indicador se califica dos veces para cada grupo de personas migrantes: lo que establece la ley (de jure) y lo que se aplica en la práctica (de facto), ambos en una escala de 0 a 100. La brecha es la ley menos la práctica; la coherencia es 100 menos la brecha absoluta. Las puntuaciones se combinan por dimensión y grupo con las ponderaciones de la rúbrica. Donde se respondió muy poco no se calcula ninguna puntuación: las respuestas que faltan nunca cuentan como cero." },
        ["thresholdsText"] = new[] { "A gap of {0} points or more is classed as a gap; below it, law and practice cohere, high when their mean is {1} or more.", "Una brecha de {0} puntos o más se clasifica como brecha; por debajo, ley y práctica son coherentes, en nivel alto cuando su media es de {1} o más." },
        ["singleFacetText"] = new[] { "This rubric rates one facet only, so there are no gaps: the scores are the facet's scores.", "Esta rúbrica califica una sola faceta, por lo que no hay brechas: las puntuaciones son las de esa faceta." },
        ["inputs"] = new[] { "Input files", "Archivos de entrada" },
        ["file"] = new[] { "File", "Archivo" },
        ["sha256"] = new[] { "SHA-256", "SHA-256" },
        ["contentHash"] = new[] { "Content hash", "Huella del contenido" },
        ["tool"] = new[] { "Tool", "Herramienta" },
        ["generated"] = new[] { "Report generated", "Informe generado" },
        ["scoredAt"] = new[] { "Scores computed", "Puntuaciones calculadas" },
        ["statusScored"] = new[] { "Scored", "Con puntuación" },
        ["statusAnswered"] = new[] { "Answered", "Respondido" },
        ["statusMissing"] = new[] { "Not answered", "Sin respuesta" },
        ["assessors"] = new[] { "Assessors", "Personas evaluadoras" },
        ["assessmentNotes"] = new[] { "Notes on the assessment", "Notas sobre la evaluación" },
        ["dataNotes"] = new[] { "Responses left out", "Respuestas no utilizadas" },
        ["legend"] = new[] { "Legend", "Leyenda" },
        ["sources"] = new[] { "Sources", "Fuentes" },
        ["score"] = new[] { "Score", "Puntuación" },
        ["rank"] = new[] { "Rank", "Puesto" },
        ["ranking"] = new[] { "Ranking by coherence", "Clasificación por coherencia" },
        ["countries"] = new[] { "Countries", "Países" },
        ["byGroup"] = new[] { "By migrant group", "Por grupo de personas migrantes" },
        ["byDimension"] = new[] { "By dimension", "Por dimensión" },
        ["regionalMean"] = new[] { "Regional mean", "Media regional" },
        ["spread"] = new[] { "Spread (SD)", "Dispersión (DE)" },
        ["range"] = new[] { "Range", "Rango" },
        ["leads"] = new[] { "Leads", "Lidera" },
        ["comparisonNote"] = new[] { "Countries side by side for one period. A country that did not assess a group or a dimension is shown as not assessed, not as zero, and is left out of means and rankings.", "Países lado a lado para un periodo. Un país que no evaluó un grupo o una dimensión aparece como no evaluado, no como cero, y queda fuera de medias y clasificaciones." },
        ["veryLow"] = new[] { "Very low", "Muy baja" },
        ["veryHigh"] = new[] { "Very high", "Muy alta" },
        ["lawAheadShort"] = new[] { "L>P", "L>P" },
        ["practiceAheadShort"] = new[] { "P>L", "P>L" },
    };

    private static readonly IReadOnlyDictionary<string, string> Spanish = Build(new Labels("es"));
    private static readonly IReadOnlyDictionary<string, string> English = Build(new Labels("en"));

    /// <summary>Gets every word in one language, keyed for templates.</summary>
    /// <param name="language">The report's language; others than <c>es</c> get English.</param>
    /// <returns>The words, shared and read-only.</returns>
    public static IReadOnlyDictionary<string, string> For(string language) => language == "es" ? Spanish : English;

    private static Dictionary<string, string> Build(Labels labels)
    {
        var column = labels.Language == "es" ? 1 : 0;
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, labelsKey) in Shared)
        {
            words[key] = labels[labelsKey];
        }

        foreach (var pair in Own)
        {
            words[pair.Key] = pair.Value[column];
        }

        return words;
    }
}
