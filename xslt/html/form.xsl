<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every form is drawn from its description in the XML (lib/form.c): fields
  with label, type, limits, choices, the value as typed and the message, so
  a form that failed validation comes back with everything still filled in.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="form">
    <form method="post" action="{$base}{@action}" class="izp-form" novalidate="novalidate">
      <xsl:if test="@method = 'get'"><xsl:attribute name="method">get</xsl:attribute></xsl:if>
      <xsl:if test="@errors">
        <div class="error-summary" role="alert">
          <h2>Het formulier is niet opgeslagen</h2>
          <p>Controleer de volgende velden:</p>
          <ul>
            <xsl:for-each select="field[@error]">
              <li><a target="_self" href="#f-{@name}"><xsl:value-of select="@label"/></a>: <xsl:value-of select="@error"/>
                <xsl:if test="@error-link"><xsl:text> </xsl:text><a href="{$base}{@error-link}" target="_blank" rel="noopener"><xsl:value-of select="@error-link-text"/></a></xsl:if></li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <xsl:if test="not(@method = 'get')">
        <input type="hidden" name="csrf_token" value="{@csrf}"/>
        <input type="hidden" name="request_id" value="{@request-id}"/>
      </xsl:if>
      <xsl:apply-templates select="field"/>
      <p class="actions">
        <button type="submit">
          <xsl:choose>
            <xsl:when test="@name = 'child-create'">Kind registreren</xsl:when>
            <xsl:when test="@name = 'plan-create'">IZP aanmaken als concept</xsl:when>
            <xsl:when test="@name = 'access-grant'">Toestemming vastleggen</xsl:when>
            <xsl:when test="@name = 'access-revoke'">Toestemming intrekken</xsl:when>
            <xsl:when test="@name = 'audit-search'">Zoeken</xsl:when>
            <xsl:when test="@name = 'emergency-break'">Spoedoverzicht openen (noodtoegang)</xsl:when>
            <xsl:when test="@name = 'plan-close'">IZP afsluiten</xsl:when>
            <xsl:when test="@name = 'goal-create'">Doel toevoegen</xsl:when>
            <xsl:when test="@name = 'goal-close'">Doel afsluiten</xsl:when>
            <xsl:when test="@name = 'agreement-create'">Afspraak vastleggen</xsl:when>
            <xsl:when test="@name = 'agreement-amend'">Nieuwe versie opslaan</xsl:when>
            <xsl:when test="@name = 'agreement-close'">Afspraak afsluiten</xsl:when>
            <xsl:when test="@name = 'evaluation-schedule'">Evaluatie plannen</xsl:when>
            <xsl:when test="@name = 'evaluation-record'">Evaluatie opslaan</xsl:when>
            <xsl:when test="@name = 'limit-create'">Behandelgrens vastleggen</xsl:when>
            <xsl:when test="@name = 'directive-create'">Wilsverklaring vastleggen</xsl:when>
            <xsl:when test="@name = 'representative-create'">Vertegenwoordiger toevoegen</xsl:when>
            <xsl:when test="@name = 'crisis-plan-create'">Stappenplan vastleggen</xsl:when>
            <xsl:when test="@name = 'crisis-medication-create'">Crisismedicatie vastleggen</xsl:when>
            <xsl:when test="@name = 'aftercare-create'">Nazorg vastleggen</xsl:when>
            <xsl:when test="@name = 'child-edit'">Wijzigingen opslaan</xsl:when>
            <xsl:when test="@name = 'plan-responsible-set'">Wijzigen</xsl:when>
            <xsl:when test="@name = 'next-step-set'">Volgende stap vastleggen</xsl:when>
            <xsl:when test="@name = 'policy-goal-set'">Hoofddoel vastleggen</xsl:when>
            <xsl:when test="@name = 'place-wish-set'">Wens vastleggen</xsl:when>
            <xsl:when test="@name = 'content-end'">Beëindigen</xsl:when>
            <xsl:when test="@name = 'team-member-create'">Lid toevoegen</xsl:when>
            <xsl:when test="@name = 'wish-create'">Vastleggen</xsl:when>
            <xsl:when test="@name = 'problem-create'">Probleem toevoegen</xsl:when>
            <xsl:when test="@name = 'acp-create'">Gesprek vastleggen</xsl:when>
            <xsl:when test="@name = 'deviation-create'">Afwijking vastleggen</xsl:when>
            <xsl:when test="@name = 'topic-set'">Vastleggen</xsl:when>
            <xsl:when test="@name = 'family-link'">Koppelen</xsl:when>
            <xsl:when test="@name = 'family-unlink'">Koppeling beëindigen</xsl:when>
            <xsl:when test="@name = 'family-grant'">Toegang geven</xsl:when>
            <xsl:when test="@name = 'family-revoke'">Toegang intrekken</xsl:when>
            <xsl:otherwise>Opslaan</xsl:otherwise>
          </xsl:choose>
        </button>
        <!-- Cancel goes back to where the user came from: the plan, else the start. -->
        <a class="cancel">
          <xsl:attribute name="href">
            <xsl:value-of select="$base"/>
            <xsl:choose>
              <xsl:when test="@cancel"><xsl:value-of select="@cancel"/></xsl:when>
              <xsl:when test="/izp/plan/@id">/izp/<xsl:value-of select="/izp/plan/@id"/></xsl:when>
              <xsl:otherwise>/</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:text>Annuleren</xsl:text>
        </a>
      </p>
    </form>
  </xsl:template>

  <!-- The version the user saw travels along, unseen (optimistic locking). -->
  <xsl:template match="field[@type = 'version' or @type = 'token']">
    <input type="hidden" name="{@name}" value="{@value}"/>
  </xsl:template>

  <xsl:template match="field">
    <div class="field">
      <xsl:if test="@error"><xsl:attribute name="class">field has-error</xsl:attribute></xsl:if>
      <label for="f-{@name}">
        <xsl:value-of select="@label"/>
        <xsl:if test="@required = 'true'"><span class="req" title="verplicht"> *</span></xsl:if>
      </label>
      <xsl:if test="@hint"><p class="hint" id="h-{@name}"><xsl:value-of select="@hint"/></p></xsl:if>
      <xsl:if test="@error"><p class="message" id="e-{@name}"><xsl:value-of select="@error"/>
        <xsl:if test="@error-link"><xsl:text> </xsl:text><a href="{$base}{@error-link}" target="_blank" rel="noopener"><xsl:value-of select="@error-link-text"/></a></xsl:if></p></xsl:if>
      <xsl:apply-templates select="." mode="control"/>
    </div>
  </xsl:template>

  <xsl:template name="control-attributes">
    <xsl:attribute name="id">f-<xsl:value-of select="@name"/></xsl:attribute>
    <xsl:attribute name="name"><xsl:value-of select="@name"/></xsl:attribute>
    <xsl:if test="@required = 'true'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
    <xsl:if test="@error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
    <xsl:if test="@hint or @error">
      <xsl:attribute name="aria-describedby">
        <xsl:if test="@hint">h-<xsl:value-of select="@name"/></xsl:if>
        <xsl:if test="@hint and @error"><xsl:text> </xsl:text></xsl:if>
        <xsl:if test="@error">e-<xsl:value-of select="@name"/></xsl:if>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="field" mode="control">
    <input type="text" maxlength="{@max}" value="{@value}">
      <xsl:call-template name="control-attributes"/>
      <xsl:if test="@type = 'bsn'"><xsl:attribute name="inputmode">numeric</xsl:attribute></xsl:if>
    </input>
  </xsl:template>

  <xsl:template match="field[@type = 'check']" mode="control">
    <input type="checkbox" value="ja">
      <xsl:call-template name="control-attributes"/>
      <xsl:if test="@value = 'ja'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
    </input>
  </xsl:template>

  <xsl:template match="field[@type = 'date']" mode="control">
    <input type="date" value="{@value}" min="1900-01-01" max="2199-12-31">
      <xsl:call-template name="control-attributes"/>
    </input>
  </xsl:template>

  <xsl:template match="field[@type = 'memo']" mode="control">
    <textarea rows="4" maxlength="{@max}">
      <xsl:call-template name="control-attributes"/>
      <xsl:value-of select="@value"/>
    </textarea>
  </xsl:template>

  <xsl:template match="field[@type = 'enum' and count(option) &lt;= 3 and @required = 'true']" mode="control">
    <fieldset class="choices" id="f-{@name}">
      <xsl:for-each select="option">
        <label class="choice">
          <input type="radio" name="{../@name}" value="{@value}">
            <xsl:if test="@value = ../@value"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <xsl:value-of select="@label"/>
        </label>
      </xsl:for-each>
    </fieldset>
  </xsl:template>

  <xsl:template match="field[@type = 'id' or (@type = 'enum' and not(count(option) &lt;= 3 and @required = 'true'))]" mode="control">
    <select>
      <xsl:call-template name="control-attributes"/>
      <option value="">
        <xsl:choose>
          <xsl:when test="@required = 'true'">— kies —</xsl:when>
          <xsl:otherwise>— geen —</xsl:otherwise>
        </xsl:choose>
      </option>
      <xsl:for-each select="option">
        <option value="{@value}">
          <xsl:if test="@value = ../@value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="@label"/>
        </option>
      </xsl:for-each>
    </select>
  </xsl:template>
</xsl:stylesheet>
