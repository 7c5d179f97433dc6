package cn.dualprevention.risk.enterprise.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/enterprises/{id}}: the enterprise as it should be now. */
public record EnterpriseUpdateRequest(
        @Schema(description = "the version the change was made from; a newer stored version is a 409 concurrent-change",
                example = "1") Long version,
        @Schema(example = "郑州中原液化天然气储运股份有限公司") @NotBlank String name,
        @Schema(description = "9 digits; fixed once registered (409 company-code-fixed when different)", example = "410100001")
        @NotBlank String companyCode,
        @Schema(description = "统一社会信用代码, 18 characters with check character", example = "91410100MA44XXK123")
        @NotBlank String uscc,
        @Schema(example = "河南省郑州市经开区第九大街") String address,
        @Schema(description = "IANA time zone; default Asia/Shanghai", example = "Asia/Shanghai") String timeZone) {
}
