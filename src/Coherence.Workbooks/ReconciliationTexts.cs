using System;
using System.Collections.Generic;

namespace Coherence.Workbooks;

/// <summary>What the reconciliation workbook says to people, in Spanish and English; the other words come from <see cref="WorkbookTexts"/>.</summary>
internal sealed class ReconciliationTexts
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // key: { en, es }
        ["sheet.instructions"] = new[] { "Instructions", "Instrucciones" },
        ["sheet.disagreements"] = new[] { "Disagreements", "Desacuerdos" },
        ["sheet.agreement"] = new[] { "Agreement", "Acuerdo" },
        ["title"] = new[] { "Reconciliation of assessments", "Conciliación de evaluaciones" },
        ["subtitle"] = new[] { "Where the teams differ, agree on one answer.", "Donde los equipos difieren, acuerden una respuesta." },
        ["assessment"] = new[] { "These assessments", "Estas evaluaciones" },
        ["teams"] = new[] { "Teams", "Equipos" },
        ["col.team"] = new[] { "Team", "Equipo" },
        ["col.role"] = new[] { "Role", "Rol" },
        ["col.who"] = new[] { "Organisation or assessors", "Organización o personas evaluadoras" },
        ["col.file"] = new[] { "File", "Archivo" },
        ["rules"] = new[] { "Rules applied to differences, in order", "Reglas aplicadas a las diferencias, en orden" },
        ["rules.none"] = new[] { "None: every difference waits for a decision.", "Ninguna: cada diferencia espera una decisión." },
        ["rule.median"] = new[] { "median: the median level (with two teams, the lower one)", "median: el nivel mediano (con dos equipos, el más bajo)" },
        ["rule.role"] = new[] { "role:{0}: the answer of {1} wins", "role:{0}: gana la respuesta de {1}" },
        ["rule.within"] = new[] { "within:{0}: answers at most {0} level(s) apart take the median level", "within:{0}: las respuestas a {0} nivel(es) o menos de distancia toman el nivel mediano" },
        ["how"] = new[] { "How to reconcile", "Cómo conciliar" },
        ["how.text"] = new[]
        {
            "The sheet Disagreements has one row per cell (indicator, migrant group and facet) on which the teams gave different answers, with each team's answer and evidence side by side. Where a rule settled the difference, its proposal is shown. Meet, discuss the evidence, and for each row choose the agreed level in the yellow column (or Not applicable / Unknown), with a note on why. A row left blank keeps the proposal; a row with neither stays unknown in the consensus. Then import the workbook: coherence reconcile --decisions <this file> -o consensus.json. The teams' own assessments are never changed.",
            "La hoja Desacuerdos tiene una fila por celda (indicador, grupo de personas migrantes y faceta) en la que los equipos dieron respuestas distintas, con la respuesta y la evidencia de cada equipo lado a lado. Donde una regla resolvió la diferencia, se muestra su propuesta. Reúnanse, discutan la evidencia y, en cada fila, elijan el nivel acordado en la columna amarilla (o No aplica / Se desconoce), con una nota que explique por qué. Una fila en blanco conserva la propuesta; una fila sin ninguna de las dos queda como desconocida en el consenso. Luego importen el libro: coherence reconcile --decisions <este archivo> -o consenso.json. Las evaluaciones de cada equipo nunca se modifican.",
        },
        ["agreement.text"] = new[]
        {
            "Exact: share of compared cells with the same answer. Mean difference: points of 0-100 between two teams' answers. Alpha: Krippendorff's alpha (1 perfect agreement, 0 agreement by chance), with its 95% bootstrap interval. Kappa: weighted kappa, with two teams. See docs/methodology.md.",
            "Exacto: proporción de celdas comparadas con la misma respuesta. Diferencia media: puntos de 0 a 100 entre las respuestas de dos equipos. Alfa: alfa de Krippendorff (1 acuerdo perfecto, 0 acuerdo por azar), con su intervalo bootstrap de 95 %. Kappa: kappa ponderada, con dos equipos. Vea docs/methodology.md.",
        },
        ["col.id"] = new[] { "ID", "ID" },
        ["col.dimension"] = new[] { "Dimension", "Dimensión" },
        ["col.indicator"] = new[] { "Indicator", "Indicador" },
        ["col.group"] = new[] { "Group", "Grupo" },
        ["col.facet"] = new[] { "Facet", "Faceta" },
        ["col.level"] = new[] { "{0}: level", "{0}: nivel" },
        ["col.evidence"] = new[] { "{0}: evidence", "{0}: evidencia" },
        ["col.spread"] = new[] { "Levels apart", "Niveles de diferencia" },
        ["col.proposal"] = new[] { "Proposal", "Propuesta" },
        ["col.rule"] = new[] { "Settled by", "Resuelta por" },
        ["col.agreed"] = new[] { "Agreed level", "Nivel acordado" },
        ["col.note"] = new[] { "Note on the decision", "Nota sobre la decisión" },
        ["col.part"] = new[] { "Part", "Parte" },
        ["col.scope"] = new[] { "Roll-up", "Agregado" },
        ["col.compared"] = new[] { "Cells compared", "Celdas comparadas" },
        ["col.exact"] = new[] { "Exact agreement", "Acuerdo exacto" },
        ["col.difference"] = new[] { "Mean difference", "Diferencia media" },
        ["col.alpha"] = new[] { "Alpha", "Alfa" },
        ["col.alpha-lower"] = new[] { "Alpha, 95% low", "Alfa, IC 95 % inferior" },
        ["col.alpha-upper"] = new[] { "Alpha, 95% high", "Alfa, IC 95 % superior" },
        ["col.kappa-linear"] = new[] { "Kappa (linear)", "Kappa (lineal)" },
        ["col.kappa-quadratic"] = new[] { "Kappa (quadratic)", "Kappa (cuadrática)" },
        ["scope.overall"] = new[] { "Overall", "General" },
        ["scope.facet"] = new[] { "Facet", "Faceta" },
        ["scope.group"] = new[] { "Group", "Grupo" },
        ["scope.dimension"] = new[] { "Dimension", "Dimensión" },
        ["scope.indicator"] = new[] { "Indicator", "Indicador" },
        ["provenance.median"] = new[] { "median", "mediana" },
        ["provenance.within"] = new[] { "within the levels allowed", "dentro de los niveles permitidos" },
        ["provenance.role"] = new[] { "role that wins", "rol que prevalece" },
        ["provenance.unresolved"] = new[] { "— to decide —", "— por decidir —" },
        ["prompt.title"] = new[] { "Agreed level", "Nivel acordado" },
        ["prompt.text"] = new[] { "Choose the level the teams agreed on, or Not applicable / Unknown. Blank keeps the proposal.", "Elijan el nivel acordado, o No aplica / Se desconoce. En blanco se conserva la propuesta." },
        ["blank"] = new[] { "(blank)", "(en blanco)" },
    };

    private readonly int column;
    private readonly WorkbookTexts fallback;

    public ReconciliationTexts(string language)
    {
        column = language == "es" ? 1 : 0;
        fallback = new WorkbookTexts(language);
    }

    public string this[string key] => Table.TryGetValue(key, out var texts) ? texts[column] : fallback[key];

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
