using System;
using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>What the workbooks themselves say to people, in Spanish and English; rubric texts carry their own translations.</summary>
internal sealed class WorkbookTexts
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // key: { en, es }
        ["sheet.instructions"] = new[] { "Instructions", "Instrucciones" },
        ["sheet.progress"] = new[] { "Progress", "Progreso" },
        ["sheet.descriptors"] = new[] { "Descriptors", "Descriptores" },
        ["sheet.summary"] = new[] { "Summary", "Resumen" },
        ["sheet.gaps"] = new[] { "Gaps", "Brechas" },
        ["sheet.coverage"] = new[] { "Coverage", "Cobertura" },
        ["sheet.chart"] = new[] { "Chart", "Gráfico" },
        ["sheet.method"] = new[] { "Method", "Método" },
        ["col.id"] = new[] { "ID", "ID" },
        ["col.dimension"] = new[] { "Dimension", "Dimensión" },
        ["col.indicator"] = new[] { "Indicator", "Indicador" },
        ["col.question"] = new[] { "Question ({0})", "Pregunta ({0})" },
        ["col.level"] = new[] { "Level ({0})", "Nivel ({0})" },
        ["col.meaning"] = new[] { "What the chosen level means ({0})", "Qué significa el nivel elegido ({0})" },
        ["col.evidence"] = new[] { "Evidence ({0})", "Evidencia ({0})" },
        ["col.sources"] = new[] { "Sources, one per line ({0})", "Fuentes, una por línea ({0})" },
        ["col.confidence"] = new[] { "Confidence ({0})", "Confianza ({0})" },
        ["col.notes"] = new[] { "Notes ({0})", "Notas ({0})" },
        ["col.facet"] = new[] { "Facet", "Faceta" },
        ["col.number"] = new[] { "No.", "Nº" },
        ["col.level-plain"] = new[] { "Level", "Nivel" },
        ["col.descriptor"] = new[] { "Descriptor", "Descriptor" },
        ["col.expected-evidence"] = new[] { "Expected evidence", "Evidencia esperada" },
        ["col.group"] = new[] { "Group", "Grupo" },
        ["col.indicators"] = new[] { "Indicators", "Indicadores" },
        ["col.answered"] = new[] { "Answered ({0})", "Respondidas ({0})" },
        ["col.na"] = new[] { "Not applicable", "No aplica" },
        ["col.unknown"] = new[] { "Unknown", "Se desconoce" },
        ["col.progress"] = new[] { "Progress", "Avance" },
        ["total"] = new[] { "Total", "Total" },
        ["group.subtitle"] = new[] { "Choose a level in the yellow cells and write the evidence. See the Instructions sheet.", "Elija un nivel en las celdas amarillas y anote la evidencia. Vea la hoja Instrucciones." },
        ["prompt.error-title"] = new[] { "Not a level", "Nivel no válido" },
        ["prompt.error"] = new[] { "Choose a level from the list, or Not applicable / Unknown.", "Elija un nivel de la lista, o No aplica / Se desconoce." },
        ["prompt.number"] = new[] { "Type a number from {0} to {1}, or Not applicable / Unknown.", "Escriba un número de {0} a {1}, o No aplica / Se desconoce." },
        ["prompt.confidence"] = new[] { "How sure are you? Low: little or indirect evidence. Medium: some direct evidence. High: strong, direct evidence.", "¿Qué tan seguros están? Baja: evidencia escasa o indirecta. Media: alguna evidencia directa. Alta: evidencia directa y sólida." },
        ["instructions.title"] = new[] { "How to fill in this workbook", "Cómo completar este libro" },
        ["instructions.assessment"] = new[] { "This assessment", "Esta evaluación" },
        ["instructions.country"] = new[] { "Country", "País" },
        ["instructions.period"] = new[] { "Period", "Periodo" },
        ["instructions.rubric"] = new[] { "Rubric", "Rúbrica" },
        ["instructions.team"] = new[] { "Assessment team (please fill in)", "Equipo evaluador (por favor, complete)" },
        ["instructions.name"] = new[] { "Name", "Nombre" },
        ["instructions.organization"] = new[] { "Organization", "Organización" },
        ["instructions.role"] = new[] { "Role", "Rol" },
        ["instructions.general-notes"] = new[] { "General notes", "Notas generales" },
        ["instructions.purpose"] = new[] { "Purpose", "Propósito" },
        ["instructions.purpose.text"] = new[]
        {
            "This workbook collects your team's assessment of migration policy in {0} for {1}. For each migrant group and each indicator, you rate two things separately: what the law provides and what actually happens in practice. The distance between the two is the implementation gap that the analysis measures. Answer with the evidence you have; leave blank what you have not answered yet.",
            "Este libro recoge la evaluación de su equipo sobre la política migratoria de {0} para {1}. Para cada grupo de personas migrantes y cada indicador se califican por separado dos cosas: lo que dice la ley y lo que ocurre en la práctica. La distancia entre ambas es la brecha de implementación que mide el análisis. Responda con la evidencia de que disponga; deje en blanco lo que aún no haya respondido.",
        },
        ["instructions.facets"] = new[] { "Law and practice", "Ley y práctica" },
        ["instructions.facet.law"] = new[]
        {
            "What the law says: the constitution, laws, regulations and binding rules in force. Rate what the norms provide, even if they are not applied.",
            "Lo que dice la ley: la constitución, las leyes, los reglamentos y las normas vinculantes vigentes. Califique lo que establecen las normas, aunque no se apliquen.",
        },
        ["instructions.facet.practice"] = new[]
        {
            "What happens in practice: whether services, procedures and protections actually reach people of this group, as shown by administrative records, budgets, statistics, evaluations or documented cases.",
            "Lo que ocurre en la práctica: si los servicios, trámites y protecciones llegan realmente a las personas de este grupo, según registros administrativos, presupuestos, estadísticas, evaluaciones o casos documentados.",
        },
        ["instructions.scales"] = new[] { "The scales", "Las escalas" },
        ["instructions.scales.text"] = new[]
        {
            "Choose the level from the drop-down list. When you select a level cell, a note shows what each level means for that indicator, and the next columns show the meaning of the level you chose; the Descriptors sheet lists them all. You may also type the level's number (1 is the lowest).",
            "Elija el nivel en la lista desplegable. Al seleccionar una celda de nivel, una nota muestra qué significa cada nivel para ese indicador, y las columnas siguientes muestran el significado del nivel elegido; la hoja Descriptores los reúne todos. También puede escribir el número del nivel (1 es el más bajo).",
        },
        ["instructions.evidence"] = new[] { "Evidence", "Evidencia" },
        ["instructions.evidence.text"] = new[]
        {
            "Every level should rest on evidence that someone else can check: for the law, the norm and its article; for practice, data, reports, budgets, evaluations or documented cases, with their date. Write the evidence in your own words in the Evidence column and list links or citations, one per line, in the Sources column. The Descriptors sheet says what evidence each indicator expects. Use Confidence to say how sure you are.",
            "Cada nivel debe apoyarse en evidencia que otra persona pueda verificar: para la ley, la norma y su artículo; para la práctica, datos, informes, presupuestos, evaluaciones o casos documentados, con su fecha. Escriba la evidencia con sus palabras en la columna Evidencia y anote enlaces o citas, una por línea, en la columna Fuentes. La hoja Descriptores indica qué evidencia espera cada indicador. Use Confianza para indicar qué tan seguros están.",
        },
        ["instructions.na"] = new[] { "Not applicable and unknown", "No aplica y Se desconoce" },
        ["instructions.na.text"] = new[]
        {
            "Choose \"Not applicable\" when the indicator does not apply to this group in your country (it is then left out, not counted as missing); say why in the notes. Choose \"Unknown\" when the team cannot establish the answer (it counts as missing and lowers coverage). A blank level means not answered yet: it also lowers coverage, but is not an error.",
            "Elija \"No aplica\" cuando el indicador no corresponde a este grupo en su país (se excluye, no cuenta como faltante); explique el motivo en las notas. Elija \"Se desconoce\" cuando el equipo no puede establecer la respuesta (cuenta como faltante y reduce la cobertura). Un nivel en blanco significa que aún no se ha respondido: también reduce la cobertura, pero no es un error.",
        },
        ["instructions.care"] = new[] { "Please keep", "Por favor, conserve" },
        ["instructions.care.text"] = new[]
        {
            "Answers are read by indicator ID, not by position: you may add rows, columns, comments, colours or sheets of your own. Do not change the IDs in column A and keep the file in .xlsx format. The Progress sheet shows how much of each group is answered.",
            "Las respuestas se leen por el ID del indicador, no por su posición: puede añadir filas, columnas, comentarios, colores u hojas propias. No cambie los ID de la columna A y conserve el archivo en formato .xlsx. La hoja Progreso muestra cuánto se ha respondido de cada grupo.",
        },
        ["scale.number"] = new[] { "No.", "Nº" },
        ["scale.level"] = new[] { "Level", "Nivel" },
        ["scale.meaning"] = new[] { "General meaning", "Significado general" },
        ["scale.na"] = new[] { "The indicator does not apply to this group in your country: left out, not counted as missing.", "El indicador no corresponde a este grupo en su país: se excluye, no cuenta como faltante." },
        ["scale.unknown"] = new[] { "The team cannot establish the answer: counted as missing, lowers coverage.", "El equipo no puede establecer la respuesta: cuenta como faltante y reduce la cobertura." },
        ["scale.continuous"] = new[] { "A number from {0} to {1}.", "Un número de {0} a {1}." },
        ["progress.title"] = new[] { "How much is answered", "Cuánto se ha respondido" },
        ["progress.text"] = new[] { "These figures update as you fill in the group sheets.", "Estas cifras se actualizan a medida que completa las hojas de cada grupo." },
        ["results.title"] = new[] { "Law and practice: coherence results", "Ley y práctica: resultados de coherencia" },
        ["results.subtitle"] = new[] { "Coherence = 100 − |law − practice|, from 0 to 100; higher is more coherent. Grey cells lack enough answers to be scored.", "Coherencia = 100 − |ley − práctica|, de 0 a 100; más alto es más coherente. Las celdas grises no tienen respuestas suficientes para calcularse." },
        ["results.score"] = new[] { "Score", "Puntaje" },
        ["results.status"] = new[] { "Status", "Estado" },
        ["results.reason"] = new[] { "Why", "Motivo" },
        ["results.name"] = new[] { "Indicator name", "Nombre del indicador" },
        ["results.scored"] = new[] { "Scored", "Calculado" },
        ["results.gaps.title"] = new[] { "Gaps by indicator and group, largest first", "Brechas por indicador y grupo, de mayor a menor" },
        ["results.coverage.title"] = new[] { "Coverage: how much of each group and dimension is answered", "Cobertura: cuánto se respondió por grupo y dimensión" },
        ["results.chart.title"] = new[] { "Law and practice by migrant group", "Ley y práctica por grupo de personas migrantes" },
        ["results.chart.category"] = new[] { "Country · period · group", "País · periodo · grupo" },
        ["results.method.title"] = new[] { "Method and provenance", "Método y procedencia" },
        ["results.generated"] = new[] { "Generated at", "Generado el" },
        ["results.tool"] = new[] { "Tool", "Herramienta" },
        ["results.hash"] = new[] { "Content hash (SHA-256)", "Huella del contenido (SHA-256)" },
        ["results.thresholds"] = new[] { "Gap thresholds", "Umbrales de brecha" },
        ["results.thresholds.text"] = new[] { "A pair is a gap when |law − practice| ≥ {0}; otherwise it is coherent, high when the mean of law and practice ≥ {1}.", "Un par es una brecha cuando |ley − práctica| ≥ {0}; si no, es coherente, alto cuando la media de ley y práctica ≥ {1}." },
        ["results.formulas"] = new[] { "How scores are computed", "Cómo se calculan los puntajes" },
        ["results.formulas.text"] = new[] { "Each level is a value from 0 to 100. Per indicator and group: L = law, P = practice, gap = L − P, coherence = 100 − |gap|. Dimensions combine their indicators as the rubric says; a dimension without enough answers is \"insufficient data\", never a guess.", "Cada nivel vale de 0 a 100. Por indicador y grupo: L = ley, P = práctica, brecha = L − P, coherencia = 100 − |brecha|. Las dimensiones combinan sus indicadores según la rúbrica; una dimensión sin respuestas suficientes queda como \"datos insuficientes\", nunca se estima." },
        ["results.inputs"] = new[] { "Input files", "Archivos de entrada" },
        ["results.file"] = new[] { "File", "Archivo" },
        ["descriptors.title"] = new[] { "What each level means, per indicator", "Qué significa cada nivel, por indicador" },
    };

    private readonly int column;

    private readonly Labels labels;

    public WorkbookTexts(string language)
    {
        Language = language == "es" ? "es" : "en";
        column = Language == "es" ? 1 : 0;
        labels = new Labels(Language);
    }

    /// <summary>Gets the languages the workbooks speak.</summary>
    public static IReadOnlyList<string> Languages { get; } = new[] { "es", "en" };

    public string Language { get; }

    // Words the whole tool shares (not applicable, unknown, confidence, roles) come from Labels.
    public string this[string key] => Table.TryGetValue(key, out var texts) ? texts[column] : labels[key];

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    /// <summary>Gets a text in every language the workbooks speak, for reading what people chose in any of them.</summary>
    public static IEnumerable<string> InEveryLanguage(string key) => Table.TryGetValue(key, out var texts) ? texts : Labels.InEveryLanguage(key);
}
